package org.polypress;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.apache.camel.spi.ScheduledPollConsumerScheduler;
import org.polypress.dropfolder.BatchProgress;
import org.polypress.dropfolder.DropFolderArchive;
import org.polypress.dropfolder.DropFolderSchedule;
import org.polypress.dropfolder.FailureReporter;
import org.polypress.dropfolder.SettledFileReadLock;
import org.polypress.ingest.ArticleExtractor;
import org.polypress.normalize.DocumentNormalizer;
import org.polypress.normalize.LanguageIdentifier;
import org.polypress.publish.ArticlePublisher;
import org.polypress.publish.Durability;
import org.polypress.publish.PublicationLedger;
import org.polypress.publish.PublishJournal;
import org.polypress.publish.StoryPublisher;
import org.polypress.recognize.ArticleRecognizer;
import org.polypress.recognize.ConventionsLibrary;
import org.polypress.render.RenditionSet;
import org.polypress.render.epub.EpubRenderer;
import org.polypress.render.epub.StoryEpubRenderer;
import org.polypress.render.json.JsonRenderer;
import org.polypress.render.jsonld.JsonLdRenderer;
import org.polypress.render.markdown.MarkdownRenderer;
import org.polypress.render.ninjs.NinjsRenderer;
import org.polypress.serve.ArticleIndex;
import org.polypress.serve.Downloads;
import org.polypress.serve.PipelineMetrics;
import org.polypress.serve.PublishedFiles;
import org.polypress.serve.ReplyWriter;
import org.polypress.serve.ServiceHealth;
import org.polypress.serve.Site;
import org.polypress.serve.Uploads;

/**
 * The beans the routes call, one per stage, made once at start-up from {@code application.properties}.
 * Camel creates one instance of this class, so the conventions are loaded once and shared.
 */
public class PolypressConfiguration implements CamelConfiguration {

    private ConventionsLibrary conventions;
    private ArticleIndex articleIndex;
    private Uploads uploads;
    private org.polypress.serve.FailedFiles failedFiles;
    private io.micrometer.prometheusmetrics.PrometheusMeterRegistry meterRegistry;
    private PipelineMetrics metrics;

    /**
     * The routes hand a dropped file to the beans as its path header (a string): cheaper than asking the
     * file message for it, which makes Camel inspect the message's classes again for every file.
     */
    /** The output folder, this service's alone while it runs; let go when the application stops. */
    private volatile org.polypress.publish.OutputLock outputLock;
    private volatile StoryPublisher stories;
    private PublicationLedger ledger;
    private PublishJournal journal;

    @Override
    public void configure(org.apache.camel.CamelContext context) {
        context.addLifecycleStrategy(new org.apache.camel.support.LifecycleStrategySupport() {
            @Override
            public void onContextStopped(CamelContext stopped) {
                closeJournal();
                org.polypress.publish.OutputLock lock = outputLock;
                outputLock = null;
                if (lock != null) {
                    try {
                        lock.close();
                    } catch (java.io.IOException e) {
                        org.slf4j.LoggerFactory.getLogger("polypress").warn("The output folder's lock: {}", e.toString());
                    }
                }
            }
        });
        context.getTypeConverterRegistry().addTypeConverter(Path.class, String.class,
                new org.apache.camel.support.TypeConverterSupport() {
                    @Override
                    public <T> T convertTo(Class<T> type, org.apache.camel.Exchange exchange, Object value) {
                        return type.cast(Path.of((String) value));
                    }
                });
        // requests the server fails before any route runs are answered as the API answers, once it runs
        try {
            context.addStartupListener(new org.apache.camel.ExtendedStartupListener() {
                @Override
                public void onCamelContextStarted(CamelContext camel, boolean alreadyStarted) {
                }

                @Override
                public void onCamelContextFullyStarted(CamelContext camel, boolean alreadyStarted) {
                    org.polypress.serve.HttpErrors.install(camel);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("could not register the answers to failed requests", e);
        }
    }

    /** The built-in conventions with the operator's folder of them ({@code polypress.conventions}) over them. */
    private synchronized ConventionsLibrary conventions(String operatorFolder) {
        if (conventions == null) {
            conventions = ConventionsLibrary.withOperatorFolder(
                    operatorFolder == null || operatorFolder.isBlank() ? null : Path.of(operatorFolder));
        }
        return conventions;
    }

    @BindToRegistry("archive")
    public DropFolderArchive archive(@PropertyInject("polypress.input") String input) {
        return new DropFolderArchive(Path.of(input));
    }

    /** The extractor with the default parse time limit, for tests that chain the stages without Camel. */
    public ArticleExtractor extractor(long maxBytes, int maxChars) {
        return new ArticleExtractor(maxBytes, maxChars);
    }

    /**
     * Reads each file within {@code polypress.parse-timeout} seconds, on a pool of parse threads twice the
     * workers: a parse that runs past its limit is abandoned to stop on its own, and the pool bounds how many may.
     */
    @BindToRegistry("extractor")
    public ArticleExtractor extractor(@PropertyInject("polypress.max-bytes") long maxBytes,
            @PropertyInject("polypress.max-chars") int maxChars,
            @PropertyInject("polypress.parse-timeout") double parseTimeout,
            @PropertyInject("polypress.workers") int workers) {
        if (!(parseTimeout > 0)) {
            throw new IllegalArgumentException("polypress.parse-timeout must be a positive number of seconds: "
                    + parseTimeout);
        }
        int threads = 2 * (workers > 0 ? workers : Runtime.getRuntime().availableProcessors());
        return new ArticleExtractor(maxBytes, maxChars, new org.polypress.ingest.ParseTimeLimit(
                java.time.Duration.ofMillis(Math.round(parseTimeout * 1000)), threads));
    }

    @BindToRegistry("normalizer")
    public DocumentNormalizer normalizer(
            @PropertyInject(value = "polypress.conventions", defaultValue = "") String conventionsFolder) {
        return new DocumentNormalizer(new LanguageIdentifier(conventions(conventionsFolder).languages()));
    }

    @BindToRegistry("recognizer")
    public ArticleRecognizer recognizer(
            @PropertyInject(value = "polypress.conventions", defaultValue = "") String conventionsFolder) {
        return new ArticleRecognizer(conventions(conventionsFolder));
    }

    /**
     * Renders and publishes every article, keeping the language versions of a story linked. Its publisher takes
     * the renames into the output folder one at a time and, made before any route starts, first cleans up after a
     * process killed in mid-publication.
     */
    @BindToRegistry("stories")
    public synchronized StoryPublisher stories(@PropertyInject("polypress.output") String output,
            @PropertyInject("polypress.max-bytes") long maxBytes,
            @PropertyInject("polypress.durability") String durability,
            @PropertyInject("polypress.durability.checkpoint-bytes") long checkpointBytes,
            @PropertyInject(value = "polypress.durability.halt-after-syncs", defaultValue = "0") long haltAfterSyncs,
            @PropertyInject(value = "polypress.mode", defaultValue = "standalone") String processMode) {
        if (stories != null) {
            return stories; // Camel asks a configuration's bean method more than once: one lock, one recovery
        }
        if (Mode.of(processMode) != Mode.STANDALONE) {
            // the other modes publish through sharedOutput, which takes the folder for one publication at a time:
            // this process neither holds it nor cleans it up (another worker may be publishing into it)
            stories = new StoryPublisher(Path.of(output), renderer(),
                    new ArticlePublisher(Path.of(output), Durability.PER_ARTICLE, null), new StoryEpubRenderer());
            return stories;
        }
        try {
            // before anything in the folder is touched: a second service's recovery would remove the first's work
            outputLock = org.polypress.publish.OutputLock.acquire(Path.of(output));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The output folder " + output + " could not be locked: " + e, e);
        }
        Durability mode = Durability.of(durability);
        PublishJournal journal = journal(output, checkpointBytes, haltAfterSyncs);
        ArticlePublisher publisher = new ArticlePublisher(Path.of(output), mode, mode == Durability.GROUP ? journal : null);
        try {
            publisher.recoverInterruptedPublications();
            // a journal left by a group-commit run is completed whatever the durability is now
            publisher.recoverJournal(journal, ledger(output, maxBytes, durability, checkpointBytes, haltAfterSyncs, processMode));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The output folder " + output
                    + " could not be cleaned up after an interrupted publication: " + e, e);
        }
        stories = new StoryPublisher(Path.of(output), renderer(), publisher, new StoryEpubRenderer());
        return stories;
    }

    /** The three renditions of an article, as the routes write them (also for tests that chain the stages). */
    public RenditionSet renderer() {
        return new RenditionSet(List.of(new MarkdownRenderer(), new JsonRenderer(), new EpubRenderer(),
                new NinjsRenderer(), new JsonLdRenderer()));
    }

    @BindToRegistry("failures")
    public FailureReporter failures(@PropertyInject("polypress.input") String input) {
        return FailureReporter.ofDropFolder(Path.of(input), Clock.systemUTC());
    }

    @BindToRegistry("batch")
    public BatchProgress batch(@PropertyInject("polypress.input") String input,
            @PropertyInject("polypress.once.patience") int patience, @PropertyInject("polypress.once") boolean once) {
        return new BatchProgress(Path.of(input), patience, once);
    }

    /** What was published from which bytes, in {@code <output>/.state/}. */
    @BindToRegistry("ledger")
    public synchronized PublicationLedger ledger(@PropertyInject("polypress.output") String output,
            @PropertyInject("polypress.max-bytes") long maxBytes,
            @PropertyInject("polypress.durability") String durability,
            @PropertyInject("polypress.durability.checkpoint-bytes") long checkpointBytes,
            @PropertyInject(value = "polypress.durability.halt-after-syncs", defaultValue = "0") long haltAfterSyncs,
            @PropertyInject(value = "polypress.mode", defaultValue = "standalone") String processMode) {
        if (ledger == null && Mode.of(processMode) != Mode.STANDALONE) {
            // an ingest node's view of what is published, to pass over bytes published before; read with the shared
            // folder's lock held, as its reading may rewrite it. The workers consult the ledger as they publish.
            try (org.polypress.publish.OutputLock lock = org.polypress.publish.OutputLock.await(Path.of(output))) {
                ledger = new PublicationLedger(Path.of(output), maxBytes, Durability.PER_ARTICLE, null);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("The output folder " + output + " could not be locked: " + e, e);
            }
        }
        if (ledger == null) {
            Durability mode = Durability.of(durability);
            // the ledger tells the journal which lines are written, so a checkpoint keeps the records of no other
            ledger = new PublicationLedger(Path.of(output), maxBytes, mode,
                    mode == Durability.GROUP ? journal(output, checkpointBytes, haltAfterSyncs) : null);
        }
        return ledger;
    }

    /**
     * The recognized article as a broker message, and back (ingest and worker modes). This bean and the three below
     * are made when a route of those modes first asks for them: a standalone service never makes them.
     */
    @BindToRegistry(value = "articleMessages", lazy = true)
    public org.polypress.broker.ArticleMessage articleMessages(
            @PropertyInject("polypress.broker.max-message-bytes") long maxBytes) {
        return new org.polypress.broker.ArticleMessage(maxBytes);
    }

    /**
     * A worker's reports of the articles it puts on the dead-letter queue, in the output folder every node shares,
     * where every node's list page finds them.
     */
    @BindToRegistry(value = "deadLetters", lazy = true)
    public FailureReporter deadLetters(@PropertyInject("polypress.output") String output) {
        return FailureReporter.ofDeadLetters(Path.of(output), Clock.systemUTC());
    }

    /** A worker's publication into the output folder it shares with other workers. */
    @BindToRegistry(value = "sharedOutput", lazy = true)
    public org.polypress.publish.SharedOutput sharedOutput(@PropertyInject("polypress.output") String output,
            @PropertyInject("polypress.max-bytes") long maxBytes) {
        return new org.polypress.publish.SharedOutput(Path.of(output), maxBytes, renderer(), new StoryEpubRenderer());
    }

    /**
     * The broker's connections (ingest and worker modes): Artemis's JMS connection factory, which connects only
     * when a route sends or consumes; cached for the ingest node's sends, each of which would otherwise open a
     * connection of its own.
     */
    @BindToRegistry(value = "broker", lazy = true)
    public jakarta.jms.ConnectionFactory broker(@PropertyInject("polypress.broker.url") String url,
            @PropertyInject(value = "polypress.broker.user", defaultValue = "") String user,
            @PropertyInject(value = "polypress.broker.password", defaultValue = "") String password) {
        return new org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory(url,
                user.isEmpty() ? null : user, password.isEmpty() ? null : password);
    }

    @BindToRegistry(value = "brokerSender", lazy = true)
    public jakarta.jms.ConnectionFactory brokerSender(@PropertyInject("polypress.broker.url") String url,
            @PropertyInject(value = "polypress.broker.user", defaultValue = "") String user,
            @PropertyInject(value = "polypress.broker.password", defaultValue = "") String password) {
        return new org.springframework.jms.connection.CachingConnectionFactory(broker(url, user, password));
    }

    /** For tests only: an ingest node that halts right after a send, before the file is archived (ScaleOutIT). */
    @BindToRegistry(value = "haltAfterSends", lazy = true)
    public org.polypress.broker.HaltAfterSends haltAfterSends(
            @PropertyInject(value = "polypress.broker.halt-after-sends", defaultValue = "0") long haltAfter) {
        return new org.polypress.broker.HaltAfterSends(haltAfter);
    }

    /** The group commit's journal, one for the stories' publisher and the ledger. */
    private synchronized PublishJournal journal(String output, long checkpointBytes, long haltAfterSyncs) {
        if (journal == null) {
            journal = new PublishJournal(Path.of(output), checkpointBytes, haltAfterSyncs);
        }
        return journal;
    }

    /** The last checkpoint, when the application stops: the journal's file goes. */
    private synchronized void closeJournal() {
        if (journal != null && stories != null) {
            try {
                journal.close();
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger("polypress").warn("The journal's last checkpoint: {}", e.toString());
            }
        }
    }

    /** Gives files set aside for an unwritable output folder back to the drop folder once it takes files. */
    @BindToRegistry("diskFaults")
    public org.polypress.dropfolder.DiskFaults diskFaults(@PropertyInject("polypress.input") String input,
            @PropertyInject("polypress.output") String output, @PropertyInject("polypress.disk-retry.seconds") int seconds) {
        return new org.polypress.dropfolder.DiskFaults(Path.of(input), Path.of(output), java.time.Duration.ofSeconds(seconds));
    }

    /** Notes each conversion under way in {@code <output>/.state/}, to set aside a file the service died converting. */
    @BindToRegistry("conversionAttempts")
    public org.polypress.dropfolder.ConversionAttempts conversionAttempts(@PropertyInject("polypress.output") String output) {
        return new org.polypress.dropfolder.ConversionAttempts(Path.of(output));
    }

    /** The heap conversions share, handed out before a file is read. */
    @BindToRegistry("conversionMemory")
    public org.polypress.dropfolder.ConversionMemory conversionMemory(
            @PropertyInject(value = "polypress.conversion-memory", defaultValue = "0") long budget,
            @PropertyInject("polypress.max-bytes") long maxBytes, @PropertyInject("polypress.max-chars") int maxChars) {
        return new org.polypress.dropfolder.ConversionMemory(budget, maxBytes, maxChars);
    }

    /** When the drop folder is polled: continuously, or at the firings of {@code polypress.schedule}. */
    @BindToRegistry("dropFolderSchedule")
    public ScheduledPollConsumerScheduler dropFolderSchedule(
            @PropertyInject(value = "polypress.schedule", defaultValue = "") String cron,
            @PropertyInject(value = "polypress.schedule.zone", defaultValue = "") String zone,
            @PropertyInject("polypress.poll.delay") long delay, @PropertyInject("polypress.once") boolean once) {
        return DropFolderSchedule.scheduler(cron, zone, delay, once);
    }

    /** A dropped file is taken once its size and modification time have settled. */
    @BindToRegistry("settledFileReadLock")
    public SettledFileReadLock settledFileReadLock(@PropertyInject("polypress.read-lock.min-age") long minAge,
            @PropertyInject("polypress.read-lock.check-interval") long checkInterval,
            @PropertyInject("polypress.read-lock.timeout") long timeout) {
        return new SettledFileReadLock(minAge, checkInterval, timeout);
    }

    /**
     * The workers that convert dropped files concurrently: {@code polypress.workers}, or one per processor
     * core when it is 0. Camel's executor manager shuts them down with the application.
     */
    @BindToRegistry("dropFolderWorkers")
    public ExecutorService dropFolderWorkers(CamelContext context, @PropertyInject("polypress.workers") int workers) {
        if (workers < 0) {
            throw new IllegalArgumentException("polypress.workers must be 0 (one per core) or more: " + workers);
        }
        int size = workers == 0 ? Runtime.getRuntime().availableProcessors() : workers;
        return context.getExecutorServiceManager().newFixedThreadPool(this, "polypress-worker", size);
    }

    /** One index of the output folder for the list page, the API and the downloads' names. */
    private synchronized ArticleIndex articleIndex(String output) {
        if (articleIndex == null) {
            articleIndex = new ArticleIndex(new PublishedFiles(Path.of(output)));
        }
        return articleIndex;
    }

    @BindToRegistry("site")
    public Site site(@PropertyInject("polypress.output") String output,
            @PropertyInject(value = "polypress.http.page-size", defaultValue = "50") int pageSize,
            @PropertyInject("polypress.input") String input,
            @PropertyInject("polypress.http.max-upload-bytes") long maxBytes,
            @PropertyInject("polypress.upload.concurrency") int concurrency,
            @PropertyInject("polypress.upload.idle-seconds") int idleSeconds,
            @PropertyInject("polypress.exclude") String exclude) {
        return new Site(articleIndex(output), pageSize,
                failedFiles(input, maxBytes, concurrency, idleSeconds, exclude, output));
    }

    @BindToRegistry("downloads")
    public Downloads downloads(@PropertyInject("polypress.output") String output) {
        return new Downloads(new PublishedFiles(Path.of(output)), articleIndex(output));
    }

    /**
     * One receiver of uploads for the API, the upload form and the retries: the number of uploads received at a time
     * is counted once for all of them.
     */
    @BindToRegistry("uploads")
    public synchronized Uploads uploads(@PropertyInject("polypress.input") String input,
            @PropertyInject("polypress.http.max-upload-bytes") long maxBytes,
            @PropertyInject("polypress.upload.concurrency") int concurrency,
            @PropertyInject("polypress.upload.idle-seconds") int idleSeconds,
            @PropertyInject("polypress.exclude") String exclude, @PropertyInject("polypress.output") String output) {
        if (uploads == null) {
            uploads = new Uploads(Path.of(input), maxBytes, concurrency, java.time.Duration.ofSeconds(idleSeconds),
                    java.util.regex.Pattern.compile(exclude), articleIndex(output));
        }
        return uploads;
    }

    /** The list page's upload form ({@code POST /upload}), received as the API's uploads are. */
    @BindToRegistry("uploadForm")
    public org.polypress.serve.UploadForm uploadForm(@PropertyInject("polypress.input") String input,
            @PropertyInject("polypress.http.max-upload-bytes") long maxBytes,
            @PropertyInject("polypress.upload.concurrency") int concurrency,
            @PropertyInject("polypress.upload.idle-seconds") int idleSeconds,
            @PropertyInject("polypress.exclude") String exclude, @PropertyInject("polypress.output") String output) {
        return new org.polypress.serve.UploadForm(uploads(input, maxBytes, concurrency, idleSeconds, exclude, output));
    }

    /**
     * The files set aside in {@code <input>/.failed/}: listed, and given back to the drop folder ({@code POST
     * /failed/retry}); listed with them, the articles worker nodes put on the dead-letter queue
     * ({@code <output>/.state/dead-letters/}).
     */
    @BindToRegistry("failedFiles")
    public synchronized org.polypress.serve.FailedFiles failedFiles(@PropertyInject("polypress.input") String input,
            @PropertyInject("polypress.http.max-upload-bytes") long maxBytes,
            @PropertyInject("polypress.upload.concurrency") int concurrency,
            @PropertyInject("polypress.upload.idle-seconds") int idleSeconds,
            @PropertyInject("polypress.exclude") String exclude, @PropertyInject("polypress.output") String output) {
        if (failedFiles == null) {
            failedFiles = new org.polypress.serve.FailedFiles(Path.of(input), Path.of(output),
                    uploads(input, maxBytes, concurrency, idleSeconds, exclude, output));
        }
        return failedFiles;
    }

    @BindToRegistry("health")
    public ServiceHealth health() {
        return new ServiceHealth();
    }

    /**
     * The folders' readiness, run by Camel with its own readiness checks: the drop folder writable, the output folder
     * readable, and the output folder's start-up recovery ({@link #stories}) finished.
     */
    @BindToRegistry("folderReadiness")
    public org.polypress.serve.FolderReadinessCheck folderReadiness(@PropertyInject("polypress.input") String input,
            @PropertyInject("polypress.output") String output) {
        return new org.polypress.serve.FolderReadinessCheck(Path.of(input), Path.of(output), this::recovered);
    }

    /** Whether the output folder was locked and cleaned up after an interrupted publication ({@link #stories}). */
    private boolean recovered() {
        return stories != null;
    }

    /** What Camel copies between messages and HTTP: Camel's HTTP choice, with the answers' caching headers sent. */
    @BindToRegistry("responseHeaders")
    public org.polypress.serve.ResponseHeaders responseHeaders() {
        return new org.polypress.serve.ResponseHeaders();
    }

    @BindToRegistry("replies")
    public ReplyWriter replies() {
        return new ReplyWriter();
    }

    /**
     * The Prometheus registry served at /observe/metrics: the one camel-micrometer-prometheus made at start-up
     * ({@code camel.metrics.enabled}), holding Camel's route and exchange metrics and the JVM binders of
     * {@code camel.metrics.binders}, to which ours are added; or, with Camel's metrics turned off, one of our own.
     */
    private synchronized io.micrometer.prometheusmetrics.PrometheusMeterRegistry metricsRegistry(CamelContext context) {
        if (meterRegistry == null) {
            Object camels = context.getRegistry().lookupByName(
                    org.apache.camel.component.micrometer.MicrometerConstants.METRICS_REGISTRY_NAME);
            meterRegistry = camels instanceof io.micrometer.prometheusmetrics.PrometheusMeterRegistry prometheus ? prometheus
                    : new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                            io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
        }
        return meterRegistry;
    }

    /**
     * Counters published, failed, unchanged (and, on a worker node, dead-lettered), the conversion time and the files
     * waiting, called from the routes.
     */
    @BindToRegistry("metrics")
    public synchronized PipelineMetrics metrics(CamelContext context, @PropertyInject("polypress.input") String input,
            @PropertyInject("polypress.exclude") String exclude,
            @PropertyInject(value = "polypress.mode", defaultValue = "standalone") String processMode) {
        if (metrics == null) {
            // once: Camel asks a configuration's bean method more than once, and a gauge is registered only once
            // the dead letters' counter only where articles are taken from the broker: a standalone scrape is as it was
            metrics = new PipelineMetrics(metricsRegistry(context),
                    new org.polypress.dropfolder.DropFolderBacklog(Path.of(input), java.util.regex.Pattern.compile(exclude)),
                    Mode.of(processMode).takesArticles());
        }
        return metrics;
    }
}
