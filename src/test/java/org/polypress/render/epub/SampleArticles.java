package org.polypress.render.epub;

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

/** Hand-built articles modelled on the real pieces in {@code /work/shared/corpus}, as recognize would give them. */
final class SampleArticles {

    static final String ENGLISH_TITLE =
            "Kazakhstan-China relations thriving under Belt and Road Initiative, says expert";
    static final String ENGLISH_BYLINE = "By Sheng Chuyi (People's Daily Online) 14:38, July 05, 2024";
    static final String ENGLISH_CAPTION = "Gulnar Shaimergenova, director of the Kazakhstan's China Studies Center (CSC), "
            + "receives an interview with People's Daily Online.";
    static final String ENGLISH_CREDIT = "Photo provided to People's Daily Online";
    static final List<String> ENGLISH_HEADINGS = List.of(
            "Kazakhstan-China relations reach new heights",
            "Belt and Road Initiative brings tangible benefits",
            "SCO Summit focuses on regional security and cooperation");
    static final List<String> ENGLISH_NOTES = List.of(
            "(Tuo Zhouyu, as an intern, also contributed to this article.)",
            "(Web editor: Hongyu, Wu Chengliang)");

    static final String ARABIC_TITLE = "معرض إقليمي للكتاب يفتح أبوابه في عمّان بمشاركة 300 دار نشر";
    static final String BOOK_FAIR_ENGLISH_TITLE = "Regional book fair opens in Amman with 300 publishers";
    static final String BOOK_FAIR_ENGLISH_HEADING = "A pavilion for young readers";
    static final String BOOK_FAIR_CHINESE_TITLE = "安曼地区书展开幕　300家出版社参展";

    static final String HOSTILE_TITLE = "<script>alert(1)</script> & \"quotes\" ]]>";
    static final String HOSTILE_PARAGRAPH = "Tom &amp; Jerry\u0000 rang\u0007 the bell\u001B; tab\there;"
            + " bad\uFFFE\uFFFF; lone \uD800 surrogate; ok \uD83D\uDE00 emoji; line one\r\nline two\rline three";
    static final String HOSTILE_PARAGRAPH_AS_READ = "Tom &amp; Jerry rang the bell; tab\there;"
            + " bad; lone  surrogate; ok \uD83D\uDE00 emoji; line one\nline two\nline three";

    private SampleArticles() {
    }

    /** The project's seed article (People's Daily Online, English edition, 5 July 2024). */
    static Article english() {
        return englishWith(null);
    }

    /** The seed article whose figure also names an image file, as a future recognize may give it. */
    static Article englishWithImage() {
        return englishWith(new Image("images/shaimergenova.jpg", "image/jpeg", 900, 600,
                "Gulnar Shaimergenova speaking in her office"));
    }

    private static Article englishWith(Image image) {
        List<Block> body = List.of(
                new Paragraph("Kazakhstan-China relations are thriving, and the Belt and Road Initiative (BRI) has "
                        + "brought significant benefits to both countries, said Gulnar Shaimergenova, director of the "
                        + "Kazakhstan's China Studies Center (CSC), in a recent interview with People's Daily Online."),
                new Figure(ENGLISH_CAPTION, ENGLISH_CREDIT, image),
                new Heading(2, ENGLISH_HEADINGS.get(0)),
                new Paragraph("Shaimergenova noted that relations between Kazakhstan and China have steadily "
                        + "progressed in the spirit of friendship, good neighborliness, and a permanent comprehensive "
                        + "strategic partnership."),
                new Paragraph("\"These initiatives are not just symbolic but represent a tangible commitment to "
                        + "enhancing mutual understanding and cooperation,\" she said."),
                new Paragraph("Shaimergenova cited the Khorgos Gateway, a major port on the Kazakhstan-China border, "
                        + "as an example of this cooperation, which has significantly boosted trade and economic "
                        + "development in the region."),
                new Heading(2, ENGLISH_HEADINGS.get(1)),
                new Paragraph("Praising the BRI for its positive impact on both Kazakhstan and China, Shaimergenova "
                        + "pointed to the modernization of over 2,500 kilometers of national railways and 12,500 "
                        + "kilometers of highways in Kazakhstan as evidence of the initiative's benefits."),
                new Paragraph("\"This infrastructure development has not only improved connectivity but also boosted "
                        + "local economies and created jobs,\" she added."),
                new Heading(2, ENGLISH_HEADINGS.get(2)),
                new Paragraph("The 24th Meeting of the Council of Heads of State of the Shanghai Cooperation "
                        + "Organization (SCO) kicked off on Thursday in Astana, the capital of Kazakhstan."),
                new Paragraph("\"Our goal is to provide objective information and alternative perspectives on China's "
                        + "development, fostering mutual understanding and cooperation,\" she concluded."));
        List<Credit> credits = List.of(
                new Credit("Sheng Chuyi", Role.AUTHOR, null),
                new Credit("Tuo Zhouyu", Role.CONTRIBUTOR, ENGLISH_NOTES.get(0)),
                new Credit("Hongyu", Role.EDITOR, ENGLISH_NOTES.get(1)),
                new Credit("Wu Chengliang", Role.EDITOR, ENGLISH_NOTES.get(1)));
        return new Article(
                "5f1c0e4a9b7d3c2e", "kazakhstan-china-relations-thriving", "en", "Latn", Direction.LTR,
                ENGLISH_TITLE, null,
                new Byline(ENGLISH_BYLINE, List.of("Sheng Chuyi"), "People's Daily Online"),
                null,
                new Published("14:38, July 05, 2024", "2024-07-05T14:38:00+08:00"),
                body, credits, ENGLISH_NOTES,
                new Source("peoples-daily-kazakhstan-china.txt", "text/plain", "UTF-8", 100,
                        "a3f5d2c1b4e6f7089a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071", 4213L, List.of()),
                598);
    }

    /** An invented Arabic wire story: right to left, no byline, a dateline naming CNN, a date with offset. */
    static Article arabic() {
        String dateline = "عمّان، الأردن (CNN) --";
        List<Block> body = List.of(
                new Paragraph(dateline + " افتتح في العاصمة الأردنية، الأربعاء، معرض إقليمي للكتاب يستمر عشرة أيام"
                        + " بمشاركة أكثر من ثلاثمئة دار نشر من الأردن والدول العربية المجاورة، وسط إقبال لافت من"
                        + " العائلات وطلاب المدارس."),
                new Paragraph("وقالت مديرة المعرض، سلمى الخطيب، إن الدورة الحالية تخصص جناحاً كاملاً لكتب الأطفال"
                        + " والناشئة، إلى جانب ندوات يومية يشارك فيها كتّاب ومترجمون من عدة دول."),
                new Quote("نريد أن يكون الكتاب في متناول كل أسرة، ولهذا خفضنا أسعار التذاكر وجعلنا الدخول مجانياً"
                        + " لطلاب المدارس."),
                new Paragraph("ومن المقرر أن يُختتم المعرض بحفل لتوزيع جوائز أفضل كتاب عربي للناشئة."));
        Published published = new Published("الخميس، 14 آذار/مارس 2024، آخر تحديث 11:30 (GMT+0300)",
                "2024-03-14T11:30+03:00");
        return new Article(
                "9c2d4e6f8a0b1c3d", "maarid-iqlimi-lil-kitab", "ar", "Arab", Direction.RTL,
                ARABIC_TITLE, null, null,
                new Dateline(dateline, "عمّان، الأردن", "CNN", null),
                published, body,
                List.of(new Credit("CNN", Role.SOURCE, null)),
                List.of(),
                new Source("arabic-sample.html", "text/html", "UTF-8", null,
                        "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c", 48210L, List.of()),
                92);
    }

    /**
     * The invented Arabic book-fair story of {@link #arabic()} in English, written for the story
     * tests: a byline with author and publication, a subheading, a photo with its photographer, a
     * translator's note, and the same source (CNN) the Arabic version credits.
     */
    static Article bookFairEnglish() {
        String dateline = "AMMAN, Jordan (CNN) --";
        List<Block> body = List.of(
                new Paragraph(dateline + " A ten-day regional book fair opened in the Jordanian capital on"
                        + " Wednesday, bringing together more than 300 publishers from Jordan and neighbouring Arab"
                        + " countries and drawing crowds of families and schoolchildren."),
                new Heading(2, BOOK_FAIR_ENGLISH_HEADING),
                new Paragraph("Fair director Salma Al-Khatib said this edition gives a whole pavilion to books for"
                        + " children and teenagers, alongside daily talks with writers and translators from several"
                        + " countries."),
                new Quote("We want a book to be within reach of every family, which is why we lowered ticket"
                        + " prices and let schoolchildren in for free."),
                new Figure("Visitors browse children's books on the opening day of the fair in Amman.",
                        "Photo: Layla Mansour", null),
                new Paragraph("The fair is due to close with a ceremony for the best Arabic book for young readers."));
        return new Article(
                "4a7c1e9b3d5f2a80", "regional-book-fair-opens-in-amman", "en", "Latn", Direction.LTR,
                BOOK_FAIR_ENGLISH_TITLE, null,
                new Byline("By Rana Haddad, CNN", List.of("Rana Haddad"), "CNN"),
                new Dateline(dateline, "AMMAN, Jordan", "CNN", null),
                new Published("Updated 10:05 AM GMT, Thu March 14, 2024", "2024-03-14T10:05Z"),
                body,
                List.of(new Credit("Rana Haddad", Role.AUTHOR, null),
                        new Credit("Layla Mansour", Role.PHOTOGRAPHER, null),
                        new Credit("Omar Nasser", Role.TRANSLATOR, "(Translated from Arabic by Omar Nasser)"),
                        new Credit("CNN", Role.SOURCE, null)),
                List.of("(Translated from Arabic by Omar Nasser)"),
                new Source("amman-book-fair.en.txt", "text/plain", "UTF-8", 100,
                        "6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a", 1630L, List.of()),
                132);
    }

    /** The same story in Simplified Chinese: a translator's and an editor's note, a captioned photo. */
    static Article bookFairChinese() {
        List<Block> body = List.of(
                new Paragraph("据美国有线电视新闻网（CNN）报道，为期十天的地区书展13日在约旦首都安曼开幕，"
                        + "来自约旦及周边阿拉伯国家的300多家出版社参展，吸引了众多家庭和中小学生前来参观。"),
                new Heading(2, "开辟少儿图书专馆"),
                new Paragraph("书展负责人萨尔玛·哈提卜介绍，本届书展专门开辟了少儿图书展馆，并每天邀请多国作家和译者举办讲座。"),
                new Quote("我们希望每个家庭都买得起书，因此降低了门票价格，中小学生可免费入场。"),
                new Figure("3月13日，读者在安曼书展首日翻阅少儿图书", "图片来源：CNN", null),
                new Paragraph("书展闭幕时将颁发年度最佳阿拉伯语少儿图书奖。"));
        return new Article(
                "b3d5f7a9c1e3a5c7", "an-man-di-qu-shu-zhan-kai-mu", "zh-Hans", "Hans", Direction.LTR,
                BOOK_FAIR_CHINESE_TITLE, null, null, null,
                new Published("2024年03月14日19:20", "2024-03-14T19:20+08:00"),
                body,
                List.of(new Credit("林书瑶", Role.TRANSLATOR, "(编译：林书瑶)"),
                        new Credit("周明远", Role.EDITOR, "(责编：周明远)"),
                        new Credit("CNN", Role.SOURCE, null)),
                List.of("(编译：林书瑶)", "(责编：周明远)"),
                new Source("amman-book-fair.zh.txt", "text/plain", "UTF-8", 100,
                        "8c0e2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e", 980L, List.of()),
                160);
    }

    /** The same story, briefly, in Hebrew: a second right-to-left version. */
    static Article bookFairHebrew() {
        return new Article(
                "c5e7a9c1e3a5c7e9", "yarid-sfarim-amman", "he", "Hebr", Direction.RTL,
                "יריד ספרים אזורי נפתח בעמאן בהשתתפות 300 הוצאות לאור", null, null, null,
                new Published("14 במרץ 2024", "2024-03-14"),
                List.of(new Paragraph("יריד ספרים אזורי נפתח ביום רביעי בעמאן, בירת ירדן, ויימשך עשרה ימים."
                        + " משתתפות בו יותר משלוש מאות הוצאות לאור מירדן ומהמדינות השכנות.")),
                List.of(new Credit("CNN", Role.SOURCE, null)),
                List.of(),
                new Source("amman-book-fair.he.txt", "text/plain", "UTF-8", 100,
                        "9d1f3b5d7f9b1d3f5b7d9f1b3d5f7b9d1f3b5d7f9b1d3f5b7d9f1b3d5f7b9d1f", 410L, List.of()),
                27);
    }

    /** An article as another language version: the same article with another language, script and direction. */
    static Article inLanguage(Article article, String language, String script, Direction direction) {
        return new Article(article.id(), article.slug(), language, script, direction, article.title(),
                article.subtitle(), article.byline(), article.dateline(), article.published(), article.body(),
                article.credits(), article.notes(), article.source(), article.wordCount());
    }

    /** An invented Xinhua-style story: Simplified Chinese, two reporters, two editors and a source. */
    static Article chinese() {
        List<Block> body = List.of(
                new Paragraph("新华社南昌7月12日电　连日来，江西北部多地遭遇持续强降雨，赣江沿岸部分乡镇出现内涝。"
                        + "当地连夜组织救援力量转移受灾群众，各项救灾工作正有序推进。"),
                new Paragraph("“我们的首要任务是确保群众生命安全。”南昌市应急管理局工作人员刘思远说，截至12日中午，"
                        + "全市已累计转移安置群众两万余人，临时安置点的饮用水和食品供应充足。"),
                new ListBlock(true, List.of("转移安置受灾群众", "抢修道路与供电设施", "发放生活救助物资")),
                new Paragraph("参与救援的志愿者周雨桐表示，看到受灾群众在安置点吃上热饭、住进干净的帐篷，大家心里踏实了许多。"),
                new Figure("7月11日，救援人员在赣江沿岸一处安置点搬运救灾物资", "新华社记者 陈立航 摄", null));
        List<Credit> credits = List.of(
                new Credit("许可心", Role.EDITOR, "(责编：许可心、赵文博)"),
                new Credit("赵文博", Role.EDITOR, "(责编：许可心、赵文博)"),
                new Credit("新华网", Role.SOURCE, null),
                new Credit("陈立航", Role.AUTHOR, null),
                new Credit("王嘉宁", Role.AUTHOR, null),
                new Credit("陈立航", Role.PHOTOGRAPHER, null));
        return new Article(
                "d41d8cd98f00b204", "quan-li-zhuan-yi-an-zhi", "zh-Hans", "Hans", Direction.LTR,
                "全力转移安置　加快恢复生产――江西多地协力开展洪涝灾害救援工作",
                null,
                new Byline("（记者陈立航、王嘉宁）", List.of("陈立航", "王嘉宁"), null),
                new Dateline("新华社南昌7月12日电", "南昌", "新华社", null),
                new Published("2024年07月12日18:05", "2024-07-12T18:05+08:00"),
                body, credits, List.of("(责编：许可心、赵文博)"),
                new Source("chinese-sample.html", "text/html", "GB18030", null,
                        "7d3e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e", 61877L, List.of()),
                1450);
    }

    /** An invented French agency story: a local time without zone, and a photographer's credit. */
    static Article frenchWithLocalTime() {
        List<Block> body = List.of(
                new Figure("Des enfants feuillettent des albums au salon du livre jeunesse de Poitiers,"
                        + " le 8 octobre 2023.", "Photo Mathilde Courtois. AFP", null),
                new Paragraph("Plus de 40 000 visiteurs ont franchi les portes du premier salon régional du livre"
                        + " jeunesse de Poitiers, qui a fermé mercredi soir, ont indiqué jeudi les organisateurs."),
                new Paragraph("Quelque 120 auteurs et illustrateurs ont dédicacé leurs ouvrages pendant cinq jours,"
                        + " et les ateliers d’écriture destinés aux collégiens affichaient complet dès le premier"
                        + " matin."));
        return new Article(
                "1e2f3a4b5c6d7e8f", "salon-du-livre-jeunesse-poitiers", "fr", "Latn", Direction.LTR,
                "Le salon du livre jeunesse de Poitiers dépasse toutes les attentes",
                "Hélène Vasseur, présidente de l’association organisatrice, promet une deuxième édition"
                        + " dès l’an prochain.",
                new Byline("AFP 12 octobre 2023 à 18:42 (Mis à jour : 12 octobre 2023 à 19:05)", List.of("AFP"), null),
                null,
                new Published("12 octobre 2023 à 18:42", "2023-10-12T18:42"),
                body,
                List.of(new Credit("AFP", Role.AUTHOR, null),
                        new Credit("Mathilde Courtois", Role.PHOTOGRAPHER, null),
                        new Credit("Agence France-Presse", Role.TRANSLATOR, null)),
                List.of(),
                new Source("french-sample.html", "text/html", "UTF-8", null,
                        "2b4d6f8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c", 90321L, List.of()),
                87);
    }

    /** The least an article can be: a title and one paragraph, no byline, no date, no headings, no credits. */
    static Article minimal() {
        return new Article(
                "00aa11bb22cc33dd", "council-approves-cycle-lanes", "en", "Latn", Direction.LTR,
                "City council approves protected cycle lanes along the river", null, null, null, null,
                List.of(new Paragraph("The city council on Tuesday approved a plan to build protected cycle lanes"
                        + " along the river embankment, with work due to start next spring.")),
                List.of(), List.of(),
                new Source("minimal-sample.txt", "text/plain", "UTF-8", 100,
                        "3c5e7a9c1e3a5c7e9a1c3e5a7c9e1a3c5e7a9c1e3a5c7e9a1c3e5a7c9e1a3c5e", 2210L, List.of()),
                31);
    }

    /** The minimal article in another language and with other credits. */
    static Article minimalWith(String language, List<Credit> credits) {
        Article minimal = minimal();
        return new Article(minimal.id(), minimal.slug(), language, minimal.script(), minimal.direction(),
                minimal.title(), minimal.subtitle(), minimal.byline(), minimal.dateline(), minimal.published(),
                minimal.body(), credits, minimal.notes(), minimal.source(), minimal.wordCount());
    }

    /** Markup, entity text, CDATA ends and control characters in every text the renderer writes. */
    static Article hostile() {
        List<Block> body = List.of(
                new Paragraph(HOSTILE_PARAGRAPH),
                new Heading(2, "</h2><h1>injected"),
                new Heading(3, "\u0001\u0002 "),
                new Figure("<img src=x onerror=alert(1)>", "\"Photo\" & 'AP'", null),
                new Quote("]]><!-- not a comment -->"),
                new ListBlock(false, List.of("a < b", "c > d", "&lt;")));
        return new Article(
                "ffee0011ddcc2233", "script-alert", "en", "Latn", Direction.LTR,
                HOSTILE_TITLE, "<!-- subtitle --> & <b>bold</b>",
                new Byline("By <Anonymous> & \"Friends\"", List.of("<Anonymous>"), "Evil & Sons <Press>"),
                null,
                new Published("2024-07-05 <now>", "not a date"),
                body,
                List.of(new Credit("O'Brien & <Sons>", Role.EDITOR, "(Editor: <b>O'Brien</b> & Co.)")),
                List.of("(Editor: <b>O'Brien</b> & Co.)"),
                new Source("hostile.txt", "text/plain", "UTF-8", 100,
                        "4d6f8b0d2f4b6d8f0b2d4f6b8d0f2b4d6f8b0d2f4b6d8f0b2d4f6b8d0f2b4d6f", 512L, List.of()),
                20);
    }
}
