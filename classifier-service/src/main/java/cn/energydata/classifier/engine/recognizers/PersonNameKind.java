package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.Detections;
import cn.energydata.classifier.engine.Finding;
import cn.energydata.classifier.engine.rules.Recognizer;
import cn.energydata.classifier.engine.rules.RecognizerKind;
import cn.energydata.classifier.engine.rules.RulePack;
import cn.energydata.classifier.engine.text.KeywordAutomaton;
import cn.energydata.classifier.engine.text.Normaliser;
import cn.energydata.classifier.engine.text.TextPart;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Chinese person names in free text (letters, work orders, complaint records). Candidates come from
 * <ul>
 *   <li>a role label right before a surname ({@code params.labels}: 投诉人：欧阳晓峰, 业主熊丽萍),</li>
 *   <li>a title right after a name ({@code params.titles}: 周玉梅女士, 雷鸣同志),</li>
 *   <li>HanLP's name recognition (nature {@code nr}), kept only with a cue word of {@code context.positive}
 *       within {@code context.window} characters (score ≥ {@code minScore}),</li>
 *   <li>enumerations next to an accepted name (赵海峰、钱宇).</li>
 * </ul>
 * A name is a known surname (compound ones included) plus one or two characters, cut at HanLP's token boundaries;
 * place and organisation names that start with a surname character (张家口, 刘庄变, 许继电气) and the words of
 * {@code params.exclude} are dropped. Only parts with Chinese prose are read ({@code params.minHan} Han characters
 * at least), only their first {@code params.maxChars} characters, table cells only when they hold
 * {@code params.minCellHan} Han characters (prose, not a name column: column rules do those), and the segmenter
 * runs only on sentences near a label, title or cue. The segmenter is built once per JVM and is thread-safe.
 * The snippet masks the name and every other name found in the part; {@code subjectKey} is the name.
 */
public final class PersonNameKind implements RecognizerKind {

    static final Set<String> PARAMS = Set.of("maxChars", "minHan", "minCellHan", "labels", "titles", "exclude");
    static final int DEFAULT_MAX_CHARS = 200_000;
    static final int DEFAULT_MIN_HAN = 8;
    static final int DEFAULT_MIN_CELL_HAN = 6;
    static final List<String> DEFAULT_TITLES = List.of("先生", "女士", "同志", "师傅");
    /** Longest sentence given to the segmenter: its cost grows faster than linearly with the length. */
    static final int MAX_SENTENCE = 160;

    static final String COMPOUND_SURNAMES = "欧阳 上官 司马 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 "
            + "端木 独孤 南宫 西门 申屠 澹台 万俟 闻人 呼延 赫连 百里 东郭 太史 公羊 钟离 濮阳 淳于 单于 第五";
    /** Common single-character surnames (the few hundred that cover nearly all people). */
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
            + "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成"
            + "苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
            + "卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班"
            + "储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来"
            + "扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於居揭干但尉冶"
            + "斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
    /** Function characters that start no name when a shorter reading exists (和王丽女士 → 王丽). */
    static final String FUNCTION = "和于向由及与同从对为在把被让给是的了有叫将跟";
    /** Characters that end a given name after its first character (宋佳接替 → 宋佳; 钱宇。). */
    static final String STOP_AFTER = "的了在于是和与及对将按为称说等已也就向从被把给让跟同处之来去到或并所则而但都又还才再共自以由经替带"
            + "前后家称曾即因当讲今昨已均各每该其此这那个位名";
    /** A name that ends with or is followed by one of these is a place or facility (刘庄变, 周庄, 阳明路). */
    static final String PLACE_SUFFIX = "路街村镇县市区省乡站厂局线变桥湖港湾岭峡坝庄屯寨堡集店苑州沟塘巷弄里";
    /** First given character that makes surname + it a title or a place, not a name (张某, 陈总, 张工, 王府). */
    static final String NOT_GIVEN = "某氏总工姓府" + PLACE_SUFFIX;
    /** After 家: a place (张家口, 刘家峡, 向家坝, 马家庄). */
    static final String PLACE_AFTER_JIA = "口峡坝庄村湾沟河屯寨营港堡桥岭山集店镇窑塘园坪坡嘴台铺洼渡滩岗冲坞岙墩湖";
    /** Separators allowed between a label and the name. */
    static final String SEPARATORS = ":： \t()（）[]【】";

    private static final Set<String> COMPOUND = Set.of(COMPOUND_SURNAMES.split(" "));
    private static final BitSet SURNAME = chars(SURNAMES);
    private static final BitSet FUNCTION_CHARS = chars(FUNCTION);
    private static final BitSet STOP = chars(STOP_AFTER);
    private static final BitSet PLACE = chars(PLACE_SUFFIX);
    private static final BitSet NOT_GIVEN_CHARS = chars(NOT_GIVEN);
    private static final BitSet JIA_PLACE = chars(PLACE_AFTER_JIA);

    public String name() {
        return "person-name";
    }

    public List<String> check(RulePack.RuleDef rule, Validators validators) {
        List<String> problems = new ArrayList<>();
        if (rule.pattern() != null || rule.validator() != null || rule.keywords() != null || rule.group() != null
                || rule.prefilter() != null || rule.requires() != null) {
            problems.add("a person-name rule takes params and context, not pattern, group, validator, keywords, "
                    + "prefilter or requires");
        }
        Map<String, Object> p = rule.params() == null ? Map.of() : rule.params();
        for (String key : p.keySet()) {
            if (!PARAMS.contains(key)) {
                problems.add("unknown param '" + key + "' (known: " + new TreeSet<>(PARAMS) + ")");
            }
        }
        checkInt(p, "maxChars", 1, problems);
        checkInt(p, "minHan", 0, problems);
        checkInt(p, "minCellHan", 0, problems);
        for (String key : List.of("labels", "titles", "exclude")) {
            Object v = p.get(key);
            if (v != null && !(v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String s && !s.isBlank()))) {
                problems.add("param '" + key + "' must be a list of non-blank words");
            }
        }
        if (!(p.get("labels") instanceof List<?> l) || l.isEmpty()) {
            problems.add("param 'labels' (role words written before a name) is required");
        }
        return problems;
    }

    private static void checkInt(Map<String, Object> p, String key, int min, List<String> problems) {
        Object v = p.get(key);
        if (v != null && !(v instanceof Integer i && i >= min)) {
            problems.add("param '" + key + "' must be a whole number of at least " + min);
        }
    }

    public Recognizer build(List<RulePack.RuleDef> rules, Validators validators) {
        List<Compiled> compiled = rules.stream().map(Compiled::new).toList();
        Segmenter.warmUp();
        return (part, out) -> {
            for (Compiled c : compiled) {
                c.scan(part, out);
            }
        };
    }

    /** HanLP's default (Viterbi) segmenter with person-name recognition, loaded once per JVM. */
    static final class Segmenter {
        static final Segment SEGMENT = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(false)
                .enableOrganizationRecognize(false).enableOffset(true);

        static void warmUp() {
            // Loads the dictionaries now (start-up), not on the first document.
            SEGMENT.seg("客户张伟先生反映石家庄市停电。");
        }

        static List<Term> seg(String sentence) {
            return SEGMENT.seg(sentence);
        }
    }

    private static final class Compiled {
        final RulePack.RuleDef rule;
        final int maxChars;
        final int minHan;
        final int minCellHan;
        final ContextScorer context;
        final int window;
        final List<String> words;
        /** Per word of {@link #words}: 1 label, 2 title, 4 context cue. */
        final int[] roles;
        final KeywordAutomaton automaton;
        final Map<Character, List<String>> excludeByFirst = new HashMap<>();

        Compiled(RulePack.RuleDef rule) {
            this.rule = rule;
            Map<String, Object> p = rule.params() == null ? Map.of() : rule.params();
            maxChars = p.get("maxChars") instanceof Integer i ? i : DEFAULT_MAX_CHARS;
            minHan = p.get("minHan") instanceof Integer i ? i : DEFAULT_MIN_HAN;
            minCellHan = p.get("minCellHan") instanceof Integer i ? i : DEFAULT_MIN_CELL_HAN;
            context = new ContextScorer(rule.context());
            window = rule.context() == null ? 24 : rule.context().windowChars();
            Map<String, Integer> byWord = new TreeMap<>();
            strings(p.get("labels")).forEach(w -> byWord.merge(norm(w), 1, (a, b) -> a | b));
            List<String> titles = p.get("titles") == null ? DEFAULT_TITLES : strings(p.get("titles"));
            titles.forEach(w -> byWord.merge(norm(w), 2, (a, b) -> a | b));
            if (rule.context() != null) {
                rule.context().positiveWords().forEach(w -> byWord.merge(norm(w), 4, (a, b) -> a | b));
            }
            words = new ArrayList<>(byWord.keySet());
            roles = words.stream().mapToInt(byWord::get).toArray();
            automaton = new KeywordAutomaton(words);
            for (String e : strings(p.get("exclude"))) {
                excludeByFirst.computeIfAbsent(e.charAt(0), k -> new ArrayList<>()).add(norm(e));
            }
        }

        private static String norm(String w) {
            return Normaliser.asciiLower(Normaliser.halfWidth(w));
        }

        private static List<String> strings(Object v) {
            return v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        }

        void scan(TextPart part, Detections out) {
            String text = part.text();
            int limit = Math.min(text.length(), maxChars);
            if (han(text, 0, limit) < minHan) {
                return;
            }
            String lower = part.lower();
            // Label, title and cue hits, by start offset (one automaton pass).
            List<int[]> hits = new ArrayList<>();
            automaton.scan(limit == lower.length() ? lower : lower.substring(0, limit),
                    (k, start, end) -> hits.add(new int[]{start, end, roles[k]}));
            if (hits.isEmpty()) {
                return;
            }
            hits.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
            TreeMap<Integer, Candidate> accepted = new TreeMap<>();
            int h = 0;
            for (int[] s : sentences(text, limit, part.table() != null)) {
                int from = s[0];
                int to = s[1];
                boolean cell = part.table() != null;
                if (cell ? han(text, from, to) < minCellHan : !prose(text, from, to)) {
                    continue;
                }
                while (h < hits.size() && hits.get(h)[1] <= from - window) {
                    h++;
                }
                if (h < hits.size() && hits.get(h)[0] < to + window) {
                    new Sentence(this, text, lower, from, to, hits, h).find(accepted);
                }
            }
            if (accepted.isEmpty()) {
                return;
            }
            // The snippet masks every name found in the part, not only the finding's own.
            char[] masked = text.toCharArray();
            for (Candidate c : accepted.values()) {
                for (int i = c.start; i < c.end; i++) {
                    masked[i] = '*';
                }
            }
            String maskedText = new String(masked);
            for (Candidate c : accepted.values()) {
                out.add(new Finding(rule.id(), rule.version(), rule.category(), part.locate(c.start, c.end),
                        Masking.snippet(maskedText, c.start, c.end, false), rule.baseScore(), c.score, null, null,
                        null, text.substring(c.start, c.end)));
            }
        }

        boolean excluded(String text, int start, int end) {
            List<String> ex = excludeByFirst.get(text.charAt(start));
            if (ex != null) {
                for (String e : ex) {
                    // Excluded when the candidate is, or begins, an excluded word (张家 of 张家口).
                    if (text.startsWith(e, start) || e.startsWith(text.substring(start, end))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private record Candidate(int start, int end, double score) {
    }

    private static final int WEAK = 0;
    private static final int STRONG = 1;
    private static final int TITLE = 2;
    /** A name followed by one of these is a place or an organisation (龙华新村, 许继电气). */
    static final List<String> PLACE_WORDS = List.of("新村", "小区", "花园", "家园", "社区", "公寓", "大厦", "广场", "公司",
            "集团", "大学", "学院", "中学", "小学", "医院", "电厂", "电站", "水电", "供电", "电网", "电力", "电气", "大道",
            "大街", "街道", "地区", "新区", "开发区", "园区");

    /** One sentence: segmented once, candidates from labels, titles, HanLP names and enumerations. */
    private static final class Sentence {
        final Compiled rule;
        final String text;
        final String lower;
        final int from;
        final int to;
        final List<int[]> hits;
        final int firstHit;
        /** Per offset from {@link #from}: the term starting there, or null. */
        final Term[] termAt;

        Sentence(Compiled rule, String text, String lower, int from, int to, List<int[]> hits, int firstHit) {
            this.rule = rule;
            this.text = text;
            this.lower = lower;
            this.from = from;
            this.to = to;
            this.hits = hits;
            this.firstHit = firstHit;
            termAt = new Term[to - from + 1];
            for (Term t : Segmenter.seg(text.substring(from, to))) {
                if (t.offset >= 0 && t.offset < termAt.length && termAt[t.offset] == null) {
                    termAt[t.offset] = t;
                }
            }
        }

        void find(TreeMap<Integer, Candidate> accepted) {
            double base = rule.rule.baseScore();
            List<Candidate> found = new ArrayList<>();
            for (int j = firstHit; j < hits.size() && hits.get(j)[0] < to; j++) {
                int[] hit = hits.get(j);
                if (hit[1] > to || hit[0] < from) {
                    continue;
                }
                if ((hit[2] & 1) != 0) {
                    afterLabel(hit[1], base, found);
                }
                if ((hit[2] & 2) != 0) {
                    beforeTitle(hit[0], base, found);
                }
            }
            for (int i = 0; i < termAt.length; i++) {
                Term t = termAt[i];
                if (t != null && "nr".equals(t.nature.toString())) {
                    fromTerm(from + i, from + i + t.word.length(), base, found);
                }
            }
            // Enumerations: 赵海峰、钱宇 — the neighbours of an accepted name, until none is added.
            List<Candidate> work = new ArrayList<>(found);
            while (!work.isEmpty()) {
                Candidate c = work.remove(work.size() - 1);
                for (Candidate n : neighbours(c)) {
                    if (found.stream().noneMatch(f -> f.start < n.end && n.start < f.end)) {
                        found.add(n);
                        work.add(n);
                    }
                }
            }
            for (Candidate c : found) {
                if (rule.excluded(text, c.start, c.end)) {
                    continue;
                }
                var before = accepted.floorEntry(c.start);
                var after = accepted.ceilingEntry(c.start);
                boolean overlaps = before != null && before.getValue().end > c.start
                        || after != null && after.getValue().start < c.end;
                if (!overlaps) {
                    // Labels and titles come first: on overlap the first reading stays.
                    accepted.put(c.start, c);
                }
            }
        }

        /** 投诉人：欧阳晓峰 — strong after a separator, else the surname must not begin an ordinary word. */
        private void afterLabel(int end, double base, List<Candidate> found) {
            int p = end;
            boolean separated = false;
            while (p < to && p - end < 4 && SEPARATORS.indexOf(text.charAt(p)) >= 0) {
                p++;
                separated = true;
            }
            if (!separated && p < to && (text.charAt(p) == '为' || text.charAt(p) == '是')) {
                p++;
            }
            int e = nameEnd(p);
            if (e < 0 || !wordOk(p, separated ? STRONG : WEAK)) {
                return;
            }
            found.add(new Candidate(p, e, Math.min(1, base + (separated ? 0.4 : 0.3))));
        }

        /** 周玉梅女士, 雷鸣同志: the surname two or three characters (four for a compound one) before the title. */
        private void beforeTitle(int titleStart, double base, List<Candidate> found) {
            int s = startBefore(titleStart);
            if (s >= 0 && wordOk(s, TITLE)) {
                found.add(new Candidate(s, titleStart, Math.min(1, base + 0.4)));
            }
        }

        /** The start of a name ending at {@code end}, or -1. */
        private int startBefore(int end) {
            for (int len : new int[]{4, 3, 2}) {
                int s = end - len;
                if (s < from || !isHan(text.charAt(s))) {
                    continue;
                }
                if (len == 4 && !COMPOUND.contains(text.substring(s, s + 2))) {
                    continue;
                }
                if (len == 3 && (FUNCTION_CHARS.get(text.charAt(s)) || COMPOUND.contains(text.substring(s + 1, s + 3)))) {
                    continue;
                }
                if (nameEnd(s) == end) {
                    return s;
                }
            }
            return -1;
        }

        /** A name HanLP found; kept when a cue is near (score ≥ minScore). */
        private void fromTerm(int start, int end, double base, List<Candidate> found) {
            int s = -1;
            // HanLP sometimes glues the character before (员廖志): start at the first surname.
            for (int i = start; i < Math.min(end, start + 2); i++) {
                if (surnameLength(i) > 0) {
                    s = i;
                    break;
                }
            }
            if (s < 0) {
                return;
            }
            int l = surnameLength(s);
            int e;
            if (s == start && end - s >= l + 1 && end - s <= l + 2 && acceptableEnd(s, end)) {
                e = end;
                // 熊丽/nr 萍/nz: HanLP left the last given character on its own.
                Term next = end < to ? termAt[end - from] : null;
                if (e - s == l + 1 && next != null && next.word.length() == 1 && isHan(text.charAt(end))
                        && !STOP.get(text.charAt(end)) && !titleAt(end) && !PLACE.get(text.charAt(end))
                        && (next.nature.toString().startsWith("nr") || next.nature.toString().equals("nz")
                        || next.nature.toString().equals("ng"))) {
                    e = end + 1;
                }
            } else {
                e = nameEnd(s);
            }
            if (e < 0) {
                return;
            }
            double score = rule.context.score(lower, s, e, base);
            if (score >= rule.rule.minimumScore()) {
                found.add(new Candidate(s, e, score));
            }
        }

        private boolean acceptableEnd(int s, int end) {
            return !PLACE.get(text.charAt(end - 1)) && !(end < to && PLACE.get(text.charAt(end)))
                    && !placeWordAt(end) && !NOT_GIVEN_CHARS.get(text.charAt(s + surnameLength(s)));
        }

        private boolean placeWordAt(int i) {
            for (String w : PLACE_WORDS) {
                if (text.startsWith(w, i) && i + w.length() <= to) {
                    return true;
                }
            }
            return false;
        }

        private List<Candidate> neighbours(Candidate c) {
            List<Candidate> out = new ArrayList<>();
            int e = c.end;
            if (e < to && isJoin(text.charAt(e))) {
                int n = nameEnd(e + 1);
                if (n > 0 && wordOk(e + 1, STRONG)) {
                    out.add(new Candidate(e + 1, n, c.score));
                }
            }
            int s = c.start;
            if (s - 1 > from && isJoin(text.charAt(s - 1))) {
                int b = startBefore(s - 1);
                if (b >= 0 && wordOk(b, STRONG)) {
                    out.add(new Candidate(b, s - 1, c.score));
                }
            }
            return out;
        }

        private static boolean isJoin(char c) {
            return c == '、' || c == '和' || c == '与' || c == '及';
        }

        private int surnameLength(int i) {
            if (i + 1 < to && COMPOUND.contains(text.substring(i, i + 2))) {
                return 2;
            }
            return i < to && SURNAME.get(text.charAt(i)) ? 1 : 0;
        }

        /**
         * The end of the name that starts with a surname at {@code s}, or -1: one or two given characters, one when
         * the second would begin a word, a title or a function word, or is no Han character.
         */
        int nameEnd(int s) {
            int l = surnameLength(s);
            if (l == 0) {
                return -1;
            }
            int g1 = s + l;
            if (g1 >= to || !isHan(text.charAt(g1)) || NOT_GIVEN_CHARS.get(text.charAt(g1)) || titleAt(g1)) {
                return -1;
            }
            if (text.charAt(g1) == '家' && g1 + 1 < to && JIA_PLACE.get(text.charAt(g1 + 1))) {
                return -1;
            }
            int g2 = g1 + 1;
            boolean two = g2 < to && isHan(text.charAt(g2)) && !STOP.get(text.charAt(g2)) && !titleAt(g2);
            if (two) {
                Term t = termAt[g2 - from];
                if (t != null && t.word.length() >= 2 && !t.nature.toString().startsWith("nr")) {
                    two = false;
                }
            }
            int e = two ? g2 + 1 : g2;
            if (PLACE.get(text.charAt(e - 1)) || e < to && PLACE.get(text.charAt(e)) || placeWordAt(e)) {
                return -1;
            }
            return e;
        }

        /**
         * Whether the word HanLP starts at {@code s} may be a name: after a bare label only a name-like word
         * (客户满意度 is no name); after a label and separator any common noun too (杨帆); before a title a noun or an
         * intransitive verb (雷鸣同志), not a transitive one, whose object the title is (安排师傅), nor a job title (司机师傅).
         */
        private boolean wordOk(int s, int evidence) {
            Term t = termAt[s - from];
            if (t == null || t.word.length() < 2) {
                return true;
            }
            String n = t.nature.toString();
            if (n.startsWith("nr") || n.equals("nz")) {
                return true;
            }
            return switch (evidence) {
                case WEAK -> false;
                case STRONG -> n.equals("n") || n.equals("ng") || n.equals("nx");
                default -> n.equals("n") || n.equals("ng") || n.equals("nx") || n.equals("vi");
            };
        }

        private boolean titleAt(int i) {
            for (int j = firstHit; j < hits.size() && hits.get(j)[0] <= i; j++) {
                int[] hit = hits.get(j);
                if (hit[0] == i && (hit[2] & 2) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Sentences of [0, limit): cut at sentence ends (and cell delimiters in tables), at most MAX_SENTENCE long. */
    static List<int[]> sentences(String text, int limit, boolean table) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int lastSoft = -1;
        for (int i = 0; i <= limit; i++) {
            char c = i < limit ? text.charAt(i) : '\n';
            boolean end = c == '。' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\r'
                    || table && (c == '\t' || c == ',');
            if (end) {
                if (i > start) {
                    out.add(new int[]{start, i});
                }
                start = i + 1;
                lastSoft = -1;
            } else {
                if (c == ',' || c == '、' || c == ' ' || c == ':') {
                    lastSoft = i;
                }
                if (i - start >= MAX_SENTENCE) {
                    int cut = lastSoft > start ? lastSoft : i;
                    out.add(new int[]{start, cut});
                    start = cut == i ? i : cut + 1;
                    lastSoft = -1;
                }
            }
        }
        return out;
    }

    /** At least 2 Han characters, and they make up at least a fifth of the non-blank characters. */
    static boolean prose(String text, int from, int to) {
        int han = 0;
        int other = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isHan(c)) {
                han++;
            } else if (!Character.isWhitespace(c)) {
                other++;
            }
        }
        return han >= 2 && han * 4 >= other;
    }

    static int han(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (isHan(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static BitSet chars(String s) {
        BitSet b = new BitSet(0x10000);
        s.chars().forEach(b::set);
        return b;
    }
}
