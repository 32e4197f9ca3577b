package org.polypress.testing;

import java.util.Arrays;
import java.util.List;
import org.polypress.model.Article;
import org.polypress.model.Block;
import org.polypress.model.Block.Figure;
import org.polypress.model.Block.Heading;
import org.polypress.model.Block.ListBlock;
import org.polypress.model.Block.Paragraph;
import org.polypress.model.Block.Quote;
import org.polypress.model.Byline;
import org.polypress.model.Credit;
import org.polypress.model.Dateline;
import org.polypress.model.Direction;
import org.polypress.model.Image;
import org.polypress.model.Published;
import org.polypress.model.Role;
import org.polypress.model.Source;

/**
 * Hand-built articles as the recognize stage would make them, for renderer tests: the project's English
 * seed article, an Arabic and a Chinese article with invented texts shaped like the corpus pieces of
 * {@code /work/shared/corpus} (whose texts belong to their publishers and are not copied here), plus a
 * plain article without byline or date and one whose every text is Markdown and HTML syntax.
 */
public final class SampleArticles {

    private static final String SHA = "5d0c7e2b9a4f13c86e1b0f7a2c9d4e3b8a6f5c1d0e9b7a3c2f4e6d8b0a1c3e5f";

    private SampleArticles() {
    }

    /** The project's seed: People's Daily Online, English, byline with author, publication and time. */
    public static Article peoplesDailyEnglish() {
        String note1 = "(Tuo Zhouyu, as an intern, also contributed to this article.)";
        String note2 = "(Web editor: Hongyu, Wu Chengliang)";
        return new Article("9b2f6c0e41d7a385", "kazakhstan-china-relations-thriving-under-belt-and-road-initiative-says-expert",
                "en", "Latn", Direction.LTR,
                "Kazakhstan-China relations thriving under Belt and Road Initiative, says expert", null,
                new Byline("By Sheng Chuyi (People's Daily Online) 14:38, July 05, 2024", List.of("Sheng Chuyi"),
                        "People's Daily Online"),
                null,
                new Published("14:38, July 05, 2024", "2024-07-05T14:38:00+08:00"),
                List.of(
                        new Paragraph("Kazakhstan-China relations are thriving, and the Belt and Road Initiative (BRI) has brought significant benefits to both countries, said Gulnar Shaimergenova, director of the Kazakhstan's China Studies Center (CSC), in a recent interview with People's Daily Online."),
                        new Figure("Gulnar Shaimergenova, director of the Kazakhstan's China Studies Center (CSC), receives an interview with People's Daily Online.",
                                "Photo provided to People's Daily Online", null),
                        new Heading(2, "Kazakhstan-China relations reach new heights"),
                        new Paragraph("Shaimergenova noted that relations between Kazakhstan and China have steadily progressed in the spirit of friendship, good neighborliness, and a permanent comprehensive strategic partnership."),
                        new Paragraph("She highlighted recent agreements between the two countries, such as visa-free travel, the establishment of cultural centers, and the opening of branches of top Chinese universities in Kazakhstan, as concrete steps to boost mutual understanding and cooperation."),
                        new Paragraph("\"These initiatives are not just symbolic but represent a tangible commitment to enhancing mutual understanding and cooperation,\" she said."),
                        new Paragraph("Shaimergenova cited the Khorgos Gateway, a major port on the Kazakhstan-China border, as an example of this cooperation, which has significantly boosted trade and economic development in the region."),
                        new Heading(2, "Belt and Road Initiative brings tangible benefits"),
                        new Paragraph("Praising the BRI for its positive impact on both Kazakhstan and China, Shaimergenova pointed to the modernization of over 2,500 kilometers of national railways and 12,500 kilometers of highways in Kazakhstan as evidence of the initiative's benefits."),
                        new Paragraph("\"This infrastructure development has not only improved connectivity but also boosted local economies and created jobs,\" she added."),
                        new Paragraph("The expert also underscored the strategic importance of the Trans-Caspian International Transport Route and the need to enhance its capacity through digital solutions and infrastructure modernization. \"The potential of this route is immense, and optimizing it can significantly reduce transportation costs and time,\" she stated."),
                        new Heading(2, "SCO Summit focuses on regional security and cooperation"),
                        new Paragraph("The 24th Meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO) kicked off on Thursday in Astana, the capital of Kazakhstan."),
                        new Paragraph("Commenting on the role of the SCO, Shaimergenova said, \"The SCO acts as a stabilizing force by fostering mutual trust and collaboration among member states, which helps to address security concerns and boosts economic development.\""),
                        new Paragraph("Looking ahead, Shaimergenova stated that the CSC will continue to study China's culture, history, and modernization."),
                        new Paragraph("\"Our goal is to provide objective information and alternative perspectives on China's development, fostering mutual understanding and cooperation,\" she concluded.")),
                List.of(new Credit("Sheng Chuyi", Role.AUTHOR, null),
                        new Credit("Tuo Zhouyu", Role.CONTRIBUTOR, note1),
                        new Credit("Hongyu", Role.EDITOR, note2),
                        new Credit("Wu Chengliang", Role.EDITOR, note2)),
                List.of(note1, note2),
                new Source("peoples-daily-kazakhstan-china.txt", "text/plain", "UTF-8", 100, SHA, 4213L, List.of()),
                548);
    }

    /**
     * Shaped like the CNN Arabic piece, with invented text: right to left, a date line but no byline, an
     * agency dateline opening the body.
     */
    public static Article cnnArabic() {
        return new Article("c41e07d2a9b35f86", "kht-jdyd-lltramway-yrbt-ahya-aldar-albyda", "ar", "Arab", Direction.RTL,
                "خط جديد للترامواي يربط أحياء الدار البيضاء الشرقية بوسط المدينة", null, null,
                new Dateline("الدار البيضاء، المغرب (Polypress) --", "الدار البيضاء، المغرب", "Polypress", null),
                new Published("الثلاثاء، 9 تموز/يوليو 2024، آخر تحديث 18:45 (GMT+0100)", "2024-07-09T18:45:00+01:00"),
                List.of(
                        new Paragraph("الدار البيضاء، المغرب (Polypress) -- بدأت شركة النقل الحضري في الدار البيضاء تشغيل خط جديد للترامواي يربط الأحياء الشرقية للمدينة بوسطها التجاري بعد أشغال استمرت قرابة ثلاث سنوات، بينما دعت السلطات المحلية السكان إلى احترام قواعد السلامة قرب السكة وعدم عبورها إلا من الممرات المخصصة للراجلين والمعروفة بـ\"المعابر الخضراء.\""),
                        new Paragraph("وقال مدير المشروع، يوسف بنعلي، إن الخط الجديد يمتد على نحو سبعة عشر كيلومتراً ويمر بأحياء سيدي مومن - البرنوصي- عين السبع - الصخور السوداء، ويضم خمساً وعشرين محطة، مضيفاً أن الرحلة بين أول محطة وآخرها لن تتجاوز خمسين دقيقة حتى في ساعات الذروة."),
                        new Paragraph("وأوضحت الشركة أن العربات مجهزة بمكيفات هواء وشاشات تعرض أسماء المحطات بالعربية والأمازيغية والفرنسية (ثلاث لغات) وأماكن مخصصة للكراسي المتحركة وعربات الأطفال, كما ستنطلق أولى الرحلات يومياً في السادسة صباحاً وتتوالى كل ثماني دقائق حتى منتصف الليل، مع تخفيضات في ثمن التذكرة للطلبة والمتقاعدين."),
                        new Quote("الترامواي ليس مجرد وسيلة نقل، بل فرصة لإعادة الحياة إلى أحياء ظلت سنوات طويلة بعيدة عن قلب المدينة."),
                        new Paragraph("ودعت نائبة عمدة المدينة، نادية الشرقاوي، السكان إلى \"الحفاظ على العربات والمحطات نظيفة لأنها ملك لجميع البيضاويين، وإلى ترك السيارة في البيت كلما أمكن ذلك\" في كلمة ألقتها خلال حفل التدشين الذي حضره مئات السكان وممثلون عن جمعيات الأحياء التي يعبرها الخط الجديد.")),
                List.of(new Credit("Polypress", Role.SOURCE, null)),
                List.of(),
                new Source("arabic-sample.html", "text/html", "UTF-8", null, SHA, 61234L, List.of()),
                206);
    }

    /**
     * Shaped like the People's Daily piece from Xinhua, with invented text: long unbroken paragraphs,
     * ideographic spaces, two reporters, editors.
     */
    public static Article peoplesDailyChinese() {
        String editors = "(责编：周予安、陈可馨)";
        return new Article("e8a1d34c7b902f56", "rang-shu-xiang-jin-run-cheng-shi-sheng-huo", "zh-Hans", "Hans", Direction.LTR,
                "让书香浸润城市生活――第三届“西湖－运河全民阅读书展”在杭州开幕吸引各地读者", null,
                new Byline("新华社记者", List.of("林晓雯", "赵启航"), "新华社"),
                new Dateline("新华社杭州9月7日电", "杭州", "新华社", null),
                new Published("2024年09月07日21:16", "2024-09-07T21:16:00+08:00"),
                List.of(
                        new Paragraph("9月7日，第三届“西湖－运河全民阅读书展”在杭州国际博览中心开幕，来自全国各地的六百余家出版单位带来二十多万种图书，吸引大批市民前来选书购书。书展期间，主办方还将在运河沿岸的老街、社区图书馆和乡村文化礼堂设立四十多个分会场，举办新书发布、作家签售、亲子共读等各类活动一千余场，让更多读者在家门口就能感受阅读的乐趣。"),
                        new Paragraph("\u3000\u3000“今年的童书区比往年大了一倍，孩子们坐在地毯上一看就是一下午。”带着女儿从萧山赶来的市民郑雅琴说，她每年都会来书展逛一逛，今年特意提前在网上预约了入场时间，发现现场不仅有很多平时在书店里难以见到的好书，还能面对面听作家讲写作背后的故事，这样的周末过得既轻松又有收获。"),
                        new Paragraph("据主办方介绍，本届书展设有主题出版、少儿读物、传统文化、科普阅读、数字出版五大展区，并首次开辟了古籍修复体验区，读者可以在专业人员指导下亲手装订一册线装书。展会现场还设置了多条无障碍通道和临时休息区，为老年读者和残障读者提供志愿者陪同服务，部分展区的图书可享受八折左右的优惠。"),
                        new Paragraph("杭州市全民阅读促进会负责人沈立明表示，书展不只是一场图书展销活动，更是推动书香城市建设的重要平台。下一步，促进会将把书展期间积累的经验推广到更多街道和乡镇，鼓励实体书店、公共图书馆和中小学联合开展常态化阅读活动，让阅读真正融入市民的日常生活，让每一个愿意读书的人都能找到适合自己的书。"),
                        new ListBlock(true, List.of("主题出版展区", "少儿读物展区", "古籍修复体验区"))),
                List.of(new Credit("林晓雯", Role.AUTHOR, null), new Credit("赵启航", Role.AUTHOR, null),
                        new Credit("周予安", Role.EDITOR, editors), new Credit("陈可馨", Role.EDITOR, editors),
                        new Credit("新华网", Role.SOURCE, null)),
                List.of(editors),
                new Source("chinese-sample.html", "text/html", "GB2312", null, SHA, 48012L, List.of()),
                369);
    }

    /** A plain article: no byline, no date, no headings, no credits, no notes. */
    public static Article plain() {
        return new Article("0123456789abcdef", "a-quiet-day", "en", "Latn", Direction.LTR,
                "A quiet day", "Nothing much happened, and that is the news.", null, null, null,
                List.of(new Paragraph("The town slept late."), new Paragraph("By noon, the market had opened.")),
                List.of(), List.of(),
                new Source("quiet.txt", "text/plain", "UTF-8", 100, SHA, 80L, List.of()), 16);
    }

    /** Every text is Markdown or HTML syntax, YAML-significant, or has edges that parsers strip. */
    public static Article markupEverywhere() {
        return new Article("ffffffff00000000", "markup-everywhere", "en", "Latn", Direction.LTR,
                "# *Not* a [link](x) <b>bold</b> & &amp; `code` #", "1. not a list",
                new Byline("- by <script>alert(1)</script> _x_", List.of("yes", "null", "- dash"), "[Publisher](http://x)"),
                null, new Published("2024", "2024-07-05"),
                List.of(
                        new Paragraph("*x* _y_ __z__ `code` <http://x> [x](y) ![a](b) &amp; &#65; \\ ~~s~~ |a|b|"),
                        new Heading(2, "## Issue #"),
                        new Paragraph("---"),
                        new Paragraph("==="),
                        new Paragraph("> quote"),
                        new Paragraph("[x]: /url"),
                        new Paragraph("    four spaces would be code  "),
                        new Heading(3, " <h1>raw</h1> "),
                        new Figure("*emphasis* inside a caption\u3000", "<http://credit>",
                                new Image("images/photo (1) [a].jpg", "image/jpeg", 800, 600, "![alt] *text*")),
                        new Figure(null, "- credit only", null),
                        new Quote("> > nested quote"),
                        new ListBlock(false, List.of("- item", "1. item", "<li>item</li>")),
                        new ListBlock(false, List.of("second list", "* star")),
                        new ListBlock(true, List.of("1) one", "# two")),
                        new ListBlock(true, List.of("another ordered list")),
                        new Paragraph("~~~"),
                        new Paragraph("```")),
                List.of(new Credit("yes", Role.AUTHOR, null), new Credit("null", Role.AUTHOR, "2024"),
                        new Credit("- dash", Role.EDITOR, ": colon")),
                List.of("---", "[note]: /x", "* * *"),
                new Source("markup.txt", "text/plain", "UTF-8", 100, SHA, 1024L, List.of()), 99);
    }

    /** All samples, for tests that hold for every article. */
    public static List<Article> all() {
        return Arrays.asList(peoplesDailyEnglish(), cnnArabic(), peoplesDailyChinese(), plain(), markupEverywhere());
    }

    /** The texts of the paragraph blocks of an article. */
    public static List<String> paragraphs(Article article) {
        return article.body().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
    }

    /** The headings of an article. */
    public static List<Heading> headings(Article article) {
        return article.body().stream().filter(b -> b instanceof Heading).map(b -> (Heading) b).toList();
    }

    /** The figures of an article. */
    public static List<Figure> figures(Article article) {
        return article.body().stream().filter(b -> b instanceof Figure).map(b -> (Figure) b).toList();
    }

    /** Every block of an article, for exhaustive checks. */
    public static List<Block> blocks(Article article) {
        return article.body();
    }
}
