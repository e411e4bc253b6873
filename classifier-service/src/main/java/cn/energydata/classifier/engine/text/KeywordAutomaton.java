package cn.energydata.classifier.engine.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Aho-Corasick over {@code char}, as a dense table: one array lookup per character, no boxing, no allocation
 * while scanning. Reports every occurrence, overlapping ones included, ordered by end offset and, for one end
 * offset, by keyword ({@link String#compareTo}) — the order org.ahocorasick's {@code Trie.parseText} used.
 * Case-sensitive: callers pass lower-cased text and keywords.
 */
public final class KeywordAutomaton {

    /** Receives one occurrence of {@code keywords().get(keyword)} at text[start, end). */
    public interface Hit {
        void at(int keyword, int start, int end);
    }

    private final List<String> keywords;
    /** char → column of {@link #next}; 0 for characters in no keyword. */
    private final char[] column;
    private final int columns;
    /** state * columns + column → next state (the failure links already folded in). */
    private final int[] next;
    /** Per state: the keywords ending there (itself and along its failure links), sorted; null when none. */
    private final int[][] output;
    private final int[] lengths;

    public KeywordAutomaton(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
        column = new char[Character.MAX_VALUE + 1];
        int cols = 1;
        for (String k : keywords) {
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                if (column[c] == 0) {
                    column[c] = (char) cols++;
                }
            }
        }
        columns = cols;
        // The trie, as maps while building.
        List<Map<Integer, Integer>> children = new ArrayList<>();
        List<TreeSet<String>> ends = new ArrayList<>();
        children.add(new HashMap<>());
        ends.add(new TreeSet<>());
        for (String k : keywords) {
            int s = 0;
            for (int i = 0; i < k.length(); i++) {
                int col = column[k.charAt(i)];
                Integer t = children.get(s).get(col);
                if (t == null) {
                    t = children.size();
                    children.add(new HashMap<>());
                    ends.add(new TreeSet<>());
                    children.get(s).put(col, t);
                }
                s = t;
            }
            ends.get(s).add(k);
        }
        int states = children.size();
        next = new int[states * columns];
        int[] failure = new int[states];
        // Breadth-first: a state's failure target is shallower, so its row and outputs are complete already.
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (var e : children.get(0).entrySet()) {
            next[e.getKey()] = e.getValue();
            queue.add(e.getValue());
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            ends.get(s).addAll(ends.get(failure[s]));
            System.arraycopy(next, failure[s] * columns, next, s * columns, columns);
            for (var e : children.get(s).entrySet()) {
                int t = e.getValue();
                failure[t] = next[failure[s] * columns + e.getKey()];
                next[s * columns + e.getKey()] = t;
                queue.add(t);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.keywords.size(); i++) {
            index.putIfAbsent(this.keywords.get(i), i);
        }
        output = new int[states][];
        for (int s = 0; s < states; s++) {
            if (!ends.get(s).isEmpty()) {
                output[s] = ends.get(s).stream().mapToInt(index::get).toArray();
            }
        }
        lengths = this.keywords.stream().mapToInt(String::length).toArray();
    }

    public List<String> keywords() {
        return keywords;
    }

    public void scan(String text, Hit hit) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            int col = column[text.charAt(i)];
            if (col == 0) {
                // a character in no keyword leads every state back to the root, which ends no keyword
                state = 0;
                continue;
            }
            state = next[state * columns + col];
            int[] out = output[state];
            if (out != null) {
                for (int k : out) {
                    hit.at(k, i + 1 - lengths[k], i + 1);
                }
            }
        }
    }
}
