package org.polypress.normalize;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.StringTokenizer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The weights of OpenNLP's language model (a maximum-entropy model over character n-grams) kept in a few flat
 * arrays: about 30 MB of heap where OpenNLP's own objects for it take about 100 MB (a map entry, a string and
 * two arrays for each of its 344,000 n-grams), which is most of what the service needs. An n-gram of one to
 * three code points is packed into a {@code long} (21 bits each), and found through a hash table of its place
 * (4 MB: a binary search over the 344,000 keys missed the processor's caches a dozen times an n-gram, and was most
 * of language identification); a weight is a {@code float}, which moves no probability by more than a
 * ten-thousandth.
 * <p>
 * The model file is read as OpenNLP writes it (its binary "GIS" format, inside the model's zip), and the
 * probabilities are computed as OpenNLP's {@code GISModel.eval} computes them with its uniform prior: the
 * weights of the text's n-grams summed per language, then normalized by the softmax.
 */
final class PackedNgramWeights {

    private static final String MODEL_ENTRY = "langdetect.model";
    private static final int BITS = 21;
    /** The hash table's slots: a power of two, at least two per n-gram, so that a look-up rarely probes twice. */
    private static final int MIN_SLOTS_PER_KEY = 2;

    private final String[] outcomes;
    /** The n-grams, packed and sorted. */
    private final long[] keys;
    /** For the n-gram at {@code keys[i]}: its first weight in {@link #weights}, and its outcome pattern. */
    private final int[] firstWeight;
    private final int[] pattern;
    /** The outcomes each pattern gives weights to, in the order of its weights. */
    private final int[][] patterns;
    private final float[] weights;
    /** Open addressing over {@link #keys}: a slot holds an n-gram's place in {@code keys} plus one, or 0 when empty. */
    private final int[] slots;

    private PackedNgramWeights(String[] outcomes, long[] keys, int[] firstWeight, int[] pattern, int[][] patterns,
            float[] weights) {
        this.outcomes = outcomes;
        this.keys = keys;
        this.firstWeight = firstWeight;
        this.pattern = pattern;
        this.patterns = patterns;
        this.weights = weights;
        this.slots = slotsOf(keys);
    }

    private static int[] slotsOf(long[] keys) {
        int size = Integer.highestOneBit(Math.max(1, keys.length * MIN_SLOTS_PER_KEY - 1)) << 1;
        int[] slots = new int[size];
        for (int i = 0; i < keys.length; i++) {
            int slot = slot(keys[i], size);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = i + 1;
        }
        return slots;
    }

    /** The first slot {@code key} is sought in, of a table of {@code size} slots. */
    private static int slot(long key, int size) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32 ^ mixed) & (size - 1);
    }

    /** Where {@code key} stands in {@link #keys}, or -1 when the model lacks it. */
    int indexOf(long key) {
        int mask = slots.length - 1;
        for (int slot = slot(key, slots.length); ; slot = (slot + 1) & mask) {
            int at = slots[slot] - 1;
            if (at < 0 || keys[at] == key) {
                return at;
            }
        }
    }

    /** Reads the model from the zip OpenNLP stores a language detector model in. */
    static PackedNgramWeights read(InputStream modelZip) throws IOException {
        ZipInputStream zip = new ZipInputStream(modelZip);
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            if (entry.getName().equals(MODEL_ENTRY)) {
                return readGis(new DataInputStream(new java.io.BufferedInputStream(zip, 1 << 16)));
            }
        }
        throw new IOException("the model holds no " + MODEL_ENTRY);
    }

    private static PackedNgramWeights readGis(DataInputStream in) throws IOException {
        String type = in.readUTF();
        if (!"GIS".equals(type)) {
            throw new IOException("the language model is a " + type + " model, not the maximum-entropy (GIS) one expected");
        }
        in.readInt(); // correction constant, unused since OpenNLP 1.6
        in.readDouble(); // correction parameter, unused too
        String[] outcomes = new String[in.readInt()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = in.readUTF();
        }
        // each pattern: how many n-grams (in file order) use it, then the outcomes they weigh
        int[][] patterns = new int[in.readInt()][];
        int[] users = new int[patterns.length];
        for (int p = 0; p < patterns.length; p++) {
            StringTokenizer numbers = new StringTokenizer(in.readUTF(), " ");
            users[p] = Integer.parseInt(numbers.nextToken());
            patterns[p] = new int[numbers.countTokens()];
            for (int o = 0; o < patterns[p].length; o++) {
                patterns[p][o] = Integer.parseInt(numbers.nextToken());
            }
        }
        long[] packed = new long[in.readInt()];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = pack(in.readUTF());
            if (packed[i] < 0) {
                // a feature no cleaned text has (a few hold U+0000): a key of its own that no n-gram packs to
                packed[i] = -2L - i;
            }
        }
        int[] patternOf = new int[packed.length];
        int[] firstOf = new int[packed.length];
        int total = 0;
        int ngram = 0;
        for (int p = 0; p < patterns.length; p++) {
            for (int u = 0; u < users[p]; u++, ngram++) {
                patternOf[ngram] = p;
                firstOf[ngram] = total;
                total += patterns[p].length;
            }
        }
        if (ngram != packed.length) {
            throw new IOException("the language model's patterns cover " + ngram + " of its " + packed.length + " n-grams");
        }
        float[] weights = new float[total];
        for (int w = 0; w < total; w++) {
            weights[w] = (float) in.readDouble();
        }
        // sorted for the binary search; each n-gram's pattern and first weight follow it to its place
        long[] keys = packed.clone();
        Arrays.sort(keys);
        int[] firstWeight = new int[keys.length];
        int[] pattern = new int[keys.length];
        for (int i = 0; i < packed.length; i++) {
            int at = Arrays.binarySearch(keys, packed[i]);
            firstWeight[at] = firstOf[i];
            pattern[at] = patternOf[i];
        }
        return new PackedNgramWeights(outcomes, keys, firstWeight, pattern, patterns, weights);
    }

    /** One to three code points in one number, or -1 when the text is longer, empty or holds U+0000. */
    static long pack(CharSequence ngram) {
        long key = 0;
        int count = 0;
        for (int i = 0; i < ngram.length(); ) {
            int point = Character.codePointAt(ngram, i);
            if (point == 0 || ++count > 3) {
                return -1;
            }
            key = (key << BITS) | point;
            i += Character.charCount(point);
        }
        return count == 0 ? -1 : key;
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    /** The probability of each outcome given the n-grams, each counted once; n-grams the model lacks weigh nothing. */
    double[] eval(String[] ngrams) {
        long[] packed = new long[ngrams.length];
        for (int i = 0; i < ngrams.length; i++) {
            packed[i] = pack(ngrams[i]);
        }
        return eval(packed);
    }

    /**
     * The probability of each outcome given the n-grams packed as {@link #pack} packs them, each counted once, in
     * the order given (the order the weights are summed in); a key the model lacks, or a negative one, weighs
     * nothing.
     */
    double[] eval(long[] ngrams) {
        double[] sums = new double[outcomes.length];
        for (long key : ngrams) {
            int at = key < 0 ? -1 : indexOf(key);
            if (at < 0) {
                continue;
            }
            int[] weighed = patterns[pattern[at]];
            int first = firstWeight[at];
            for (int o = 0; o < weighed.length; o++) {
                sums[weighed[o]] += weights[first + o];
            }
        }
        // the softmax, shifted by the largest sum (which changes no probability) so that no exp overflows
        double largest = Double.NEGATIVE_INFINITY;
        for (double sum : sums) {
            largest = Math.max(largest, sum);
        }
        double normal = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o] - largest);
            normal += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= normal;
        }
        return sums;
    }
}
