/**
 * The hand-over between an ingest node and the worker nodes (docs/scaling.md): the recognized article as one
 * broker message, and back.
 */
package org.polypress.broker;
