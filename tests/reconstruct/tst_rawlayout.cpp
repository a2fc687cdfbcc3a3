// The raw-text engine rule by rule, on small synthetic pages: reflow across column breaks, paragraph
// ends, headlines after bodies, kickers, subheadlines, vertical headlines, captions, briefs, column
// labels, standalone bylines, wire copy, running heads and headline-first pages.
#include "reconstruct/rawlayout.h"
#include "formats/reconstructor.h"

#include "pagedescription.h"

#include <QTest>

using namespace kanbao;
using namespace kanbao::testing;

class TestRawLayout : public QObject
{
    Q_OBJECT

private slots:
    void pages_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("column break inside a sentence is joined")
            << joinLines({u"本报讯（记者张三） 3月2日，某区召开",
                     u"城市更新工作推进会议，总结去年",
                     u"工作，安排部署今年各项任务。会议",
                     u"",
                     u"要求，各单位要压实责任，加快推",
                     u"进项目建设，确保按期完成。",
                     u"",
                     u"某区召开城市更新推进会",
                     u"本报讯（记者李四） 3月3日，某",
                     u"街道开展志愿服务活动，受到群众",
                     u"欢迎，参与群众达到数百人之多。"})
            << joinLines({u"article||某区召开城市更新推进会||R:张三",
                     u"  3月2日，某区召开城市更新工作推进会议，总结去年工作，安排部署今年各项任务。会议要求，各单位要压实责任，加快推进项目建设，确保按期完成。",
                     u"article||||R:李四",
                     u"  3月3日，某街道开展志愿服务活动，受到群众欢迎，参与群众达到数百人之多。"});

        QTest::newRow("short last line ends a paragraph; a blank after a full stop too")
            << joinLines({u"本报讯 近日，某镇组织开展冬季安",
                     u"全生产大检查，排查整治各类隐患",
                     u"二十余处，取得了明显成效。",
                     u"检查组深入企业车间、仓库和工地",
                     u"现场，逐项查看安全措施的落实情",
                     u"况，对发现的问题立即督促整改。",
                     u"",
                     u"下一步，该镇将持续加大检查力度",
                     u"和频次，守牢安全生产底线。",
                     u"",
                     u"某镇开展安全生产大检查"})
            << joinLines({u"article||某镇开展安全生产大检查|",
                     u"  近日，某镇组织开展冬季安全生产大检查，排查整治各类隐患二十余处，取得了明显成效。",
                     u"  检查组深入企业车间、仓库和工地现场，逐项查看安全措施的落实情况，对发现的问题立即督促整改。",
                     u"  下一步，该镇将持续加大检查力度和频次，守牢安全生产底线。"});

        QTest::newRow("displaced blank: indented next line opens a paragraph")
            << joinLines({u"本报讯（记者王五） 日前，某区召开",
                     u"常委会会议，传达学习上级会议精",
                     u"神，研究部署近期重点工作任务。",
                     u"",
                     u"会议还研究了其他事项。",
                     u"区领导赵六、钱七、孙八、周",
                     u"",
                     u"九、吴十出席会议。",
                     u"",
                     u"某区召开常委会会议"})
            << joinLines({u"article||某区召开常委会会议||R:王五",
                     u"  日前，某区召开常委会会议，传达学习上级会议精神，研究部署近期重点工作任务。",
                     u"  会议还研究了其他事项。",
                     u"  区领导赵六、钱七、孙八、周九、吴十出席会议。"});

        QTest::newRow("full line ending a sentence, indented next line: a new paragraph")
            << joinLines({u"本报讯 近日，某镇组织开展冬季安",
                     u"全生产大检查，排查整治各类隐患",
                     u"二十余处，取得了比较明显成效。",
                     u"检查组深入企业车间、仓库和",
                     u"工地现场，逐项查看安全措施的落",
                     u"实情况，立即督促整改。",
                     u"",
                     u"某镇开展安全生产大检查"})
            << joinLines({u"article||某镇开展安全生产大检查|",
                     u"  近日，某镇组织开展冬季安全生产大检查，排查整治各类隐患二十余处，取得了比较明显成效。",
                     u"  检查组深入企业车间、仓库和工地现场，逐项查看安全措施的落实情况，立即督促整改。"});

        QTest::newRow("kicker, headline and trailing attribution")
            << joinLines({u"本报讯 连日来，某街道组织机关干",
                     u"部深入各村走访慰问困难群众，送",
                     u"去米面油等生活物资，把党和政府",
                     u"的温暖送到群众心坎上。",
                     u"",
                     u"（郑十一）",
                     u"",
                     u"某县某街道",
                     u"",
                     u"把温暖送到群众心坎上",
                     u"本报讯 近日，某乡举办农民丰收",
                     u"节活动，展示农业发展新成果。",
                     u"",
                     u"某乡举办农民丰收节"})
            << joinLines({u"article|某县某街道|把温暖送到群众心坎上||A:郑十一",
                     u"  连日来，某街道组织机关干部深入各村走访慰问困难群众，送去米面油等生活物资，把党和政府的温暖送到群众心坎上。（郑十一）",
                     u"article||某乡举办农民丰收节|",
                     u"  近日，某乡举办农民丰收节活动，展示农业发展新成果。"});

        QTest::newRow("staff byline above a feature, subheadline below its headline")
            << joinLines({u"本报记者 冯十二",
                     u"",
                     u"“我们要把每一件实事都办到群众",
                     u"心坎上。”日前，某中心主任陈十三",
                     u"在接受记者采访时说。",
                     u"",
                     u"聚焦民生实事，该中心建立了台账",
                     u"管理制度，逐项推进，按期销号。",
                     u"",
                     u"办好民生实事 赢得群众口碑",
                     u"——访某中心主任陈十三",
                     u"",
                     u"本报讯（记者褚十四） 日前，某区",
                     u"召开会议，研究部署有关工作。"})
            << joinLines({u"article||办好民生实事 赢得群众口碑|——访某中心主任陈十三|A:冯十二",
                     u"  “我们要把每一件实事都办到群众心坎上。”日前，某中心主任陈十三在接受记者采访时说。",
                     u"  聚焦民生实事，该中心建立了台账管理制度，逐项推进，按期销号。",
                     u"article||||R:褚十四",
                     u"  日前，某区召开会议，研究部署有关工作。"});

        QTest::newRow("vertical headline after the body")
            << joinLines({u"本报讯 日前，某县召开理论学习中心",
                     u"组集体学习会议，传达学习有关精神。",
                     u"",
                     u"某", u"县", u"召", u"开", u"",
                     u"理", u"论", u"学", u"习", u"会",
                     u"",
                     u"本报讯 日前，某镇举办技能培训班，",
                     u"帮助群众掌握一技之长。"})
            << joinLines({u"article||某县召开理论学习会|",
                     u"  日前，某县召开理论学习中心组集体学习会议，传达学习有关精神。",
                     u"article|||",
                     u"  日前，某镇举办技能培训班，帮助群众掌握一技之长。"});

        QTest::newRow("photo captions: inline, standalone and wrapped credits")
            << joinLines({u"3月5日，某公司技术工人在生产线上调试设备。 本报记者 蒋十五 摄",
                     u"",
                     u"3月6日，某村村民在大棚里采摘",
                     u"草莓，田间一派繁忙景象。",
                     u"",
                     u"沈十六 摄",
                     u"",
                     u"3月7日",
                     u"晚，志愿者",
                     u"在 广 场 上",
                     u"开展义诊活",
                     u"动。新华",
                     u"社 记 者",
                     u"韩十七 摄",
                     u"（新华社发）"})
            << joinLines({u"photo||||P:蒋十五",
                     u"  3月5日，某公司技术工人在生产线上调试设备。本报记者 蒋十五 摄",
                     u"photo||||P:沈十六",
                     u"  3月6日，某村村民在大棚里采摘草莓，田间一派繁忙景象。",
                     u"  沈十六 摄",
                     u"photo||||P:韩十七",
                     u"  3月7日晚，志愿者在广场上开展义诊活动。新华社记者韩十七 摄"});

        QTest::newRow("briefs with the column label printed after them")
            << joinLines({u"●日前，某中学召开期末教师工作",
                     u"会议，部署寒假期间各项工作。",
                     u"",
                     u"（杨十八 朱十九）",
                     u"●近日，某小学组织教师参加线上",
                     u"",
                     u"观摩活动，学习先进教学经验。",
                     u"（秦二十）",
                     u"",
                     u"百 字 新 闻"})
            << joinLines({u"brief||||A:杨十八,朱十九|col:百字新闻",
                     u"  日前，某中学召开期末教师工作会议，部署寒假期间各项工作。（杨十八 朱十九）",
                     u"brief||||A:秦二十|col:百字新闻",
                     u"  近日，某小学组织教师参加线上观摩活动，学习先进教学经验。（秦二十）"});

        QTest::newRow("spaced column label names the dispatches below it")
            << joinLines({u" 政 务 简 报",
                     u"",
                     u"本报讯（记者尤二一 通讯员许二二）",
                     u"3月1日，某区召开务虚会，谋划全年",
                     u"工作思路和重点任务。",
                     u"",
                     u"某区召开务虚会"})
            << joinLines({u"article||某区召开务虚会||R:尤二一|C:许二二|col:政务简报",
                     u"  3月1日，某区召开务虚会，谋划全年工作思路和重点任务。"});

        QTest::newRow("commentary: label on top, headline and author after the body")
            << joinLines({u" 某区强音",
                     u"",
                     u"实干才能出实绩。新的一年，各级",
                     u"各部门要以只争朝夕的精神，抓项",
                     u"目、促发展，奋力跑出加速度。",
                     u"",
                     u"以实干出实绩",
                     u"□何 二三",
                     u"本报讯 近日，某区召开会议。"})
            << joinLines({u"commentary|某区强音|以实干出实绩||A:何二三",
                     u"  实干才能出实绩。新的一年，各级各部门要以只争朝夕的精神，抓项目、促发展，奋力跑出加速度。",
                     u"article|||",
                     u"  近日，某区召开会议。"});

        // The closing wire credit under a finished text is its own paragraph, as the 人民日报 gold counts
        // it (gold_rmrb_20190220-02: （新华社北京2月19日电） is one of its 48 paragraphs).
        QTest::newRow("wire: dateline opener kept, closing dateline its own paragraph, staff byline")
            << joinLines({u"新华社记者 吕二四",
                     u"",
                     u"传统产业是现代化产业体系的基",
                     u"底，不能简单退出，要在转型升级",
                     u"中焕发新的活力。",
                     u"",
                     u"（新华社北京3月8日电）",
                     u"",
                     u"传统产业要焕发新活力",
                     u"",
                     u"新华社上海3月8日电（记者施二五、",
                     u"张二六） 8日，某项目在上海开工。"})
            << joinLines({u"wire||传统产业要焕发新活力||A:吕二四",
                     u"  传统产业是现代化产业体系的基底，不能简单退出，要在转型升级中焕发新的活力。",
                     u"  （新华社北京3月8日电）",
                     u"wire||||R:施二五,张二六",
                     u"  新华社上海3月8日电8日，某项目在上海开工。"});

        QTest::newRow("inline subhead stays in its article")
            << joinLines({u"一些不法分子以高额回报为诱饵，",
                     u"诱骗老年人参与非法集资，务必提",
                     u"高警惕，谨防上当受骗。",
                     u"",
                     u"案例一：退保陷阱",
                     u"不法分子冒充保险公司工作人员，",
                     u"",
                     u"鼓动老年人退保并购买理财产品，",
                     u"从中骗取高额手续费。",
                     u"",
                     u"本报记者 孔二七 整理",
                     u"",
                     u"谨防养老诈骗陷阱！",
                     u"",
                     u"本报讯 近日，某区召开会议。"})
            << joinLines({u"article||谨防养老诈骗陷阱！||A:孔二七",
                     u"  一些不法分子以高额回报为诱饵，诱骗老年人参与非法集资，务必提高警惕，谨防上当受骗。",
                     u"  案例一：退保陷阱",
                     u"  不法分子冒充保险公司工作人员，鼓动老年人退保并购买理财产品，从中骗取高额手续费。",
                     u"article|||",
                     u"  近日，某区召开会议。"});

        QTest::newRow("justification spaces and Latin words")
            << joinLines({u"本报讯 该项目 GSP 仓库主体封顶，1 号",
                     u"厂 房 完 成 主 体 4 层 浇 筑 ，",
                     u"计划投资 1427.97 万元，年产 5000",
                     u"吨，IPO 申报工作正在推进。"})
            << joinLines({u"article|||",
                     u"  该项目GSP仓库主体封顶，1号厂房完成主体4层浇筑，计划投资1427.97万元，年产5000吨，IPO申报工作正在推进。"});

        QTest::newRow("running heads start pages")
            << joinLines({u"SAMPLE DAILY",
                     u"A03│要闻2024年5月6日 星期一",
                     u"",
                     u"■新闻热线：1234567│■编辑：甲乙│校对：丙丁",
                     u"",
                     u"本报讯 某区召开会议，部署工作。",
                     u"",
                     u"某区召开会议",
                     u"SAMPLE DAILY",
                     u"A04│综合2024年5月6日 星期一",
                     u"",
                     u"本报讯 某镇举办活动，群众参与。",
                     u"",
                     u"某镇举办活动"})
            << joinLines({u"@2024-05-06 A03 要闻",
                     u"article||某区召开会议|",
                     u"  某区召开会议，部署工作。",
                     u"@2024-05-06 A04 综合",
                     u"article||某镇举办活动|",
                     u"  某镇举办活动，群众参与。"});

        QTest::newRow("second dispatch continues its piece")
            << joinLines({u"本报讯 近日，某区召开河长制工作会",
                     u"议，部署今年河湖治理任务。（甲二八）",
                     u"又讯 近日，某区开展河道清淤行动，",
                     u"清理淤泥上千方。（乙二九）",
                     u"",
                     u"某区推进河湖治理"})
            << joinLines({u"article||某区推进河湖治理||A:甲二八,乙二九",
                     u"  近日，某区召开河长制工作会议，部署今年河湖治理任务。（甲二八）",
                     u"  近日，某区开展河道清淤行动，清理淤泥上千方。（乙二九）"});

        QTest::newRow("feature: bulleted summary, spaced and plain subheads, graphic credit, dated 本报 dispatch")
            << joinLines({u"■某县距市区二十公里，依托",
                     u"城区建设发展物流产业。",
                     u"■村民种植蔬菜，年收入稳步",
                     u"提高。",
                     u"今年以来，某县持续推进乡",
                     u"村振兴，各村集体经济不断",
                     u"壮大，群众收入明显增加。",
                     u"县里还组织技术人员深入田",
                     u"间地头，指导农户科学种植。",
                     u"",
                     u"产 业 越 来 越 旺",
                     u"",
                     u"蔬菜基地建成投产，带动周",
                     u"边农户就业二百余人，村民",
                     u"在家门口实现了稳定增收。",
                     u"合作社统一采购统一销售，",
                     u"让农户种得放心卖得顺心。",
                     u"",
                     u"乡风越来越好",
                     u"",
                     u"村里修建文化广场，开展文",
                     u"明家庭评选，群众精神面貌",
                     u"焕然一新，邻里关系更加和",
                     u"睦，村庄处处充满生机活力。",
                     u"制图：王五",
                     u"",
                     u"某县的振兴路",
                     u"",
                     u"本报北京3月2日电  （记者",
                     u"张 三 ） 记 者 从 有 关 部 门 获 悉 ，",
                     u"某项新规近日正式发布实施，",
                     u"将进一步规范相关领域管理。",
                     u"该规定明确了适用范围和审",
                     u"批流程，自发布之日起施行。",
                     u"某项新规正式发布实施"})
            << joinLines({u"article||某县的振兴路|",
                     u"  ■某县距市区二十公里，依托城区建设发展物流产业。",
                     u"  ■村民种植蔬菜，年收入稳步提高。",
                     u"  今年以来，某县持续推进乡村振兴，各村集体经济不断壮大，群众收入明显增加。县里还组织技术人员深入田间地头，指导农户科学种植。",
                     u"  产业越来越旺",
                     u"  蔬菜基地建成投产，带动周边农户就业二百余人，村民在家门口实现了稳定增收。合作社统一采购统一销售，让农户种得放心卖得顺心。",
                     u"  乡风越来越好",
                     u"  村里修建文化广场，开展文明家庭评选，群众精神面貌焕然一新，邻里关系更加和睦，村庄处处充满生机活力。",
                     u"  制图：王五",
                     u"article||某项新规正式发布实施||R:张三",
                     u"  记者从有关部门获悉，某项新规近日正式发布实施，将进一步规范相关领域管理。该规定明确了适用范围和审批流程，自发布之日起施行。"});

        // Gold/corpus convention: a sentence-ending line a whole em short of the column (理，…下去。) ends
        // its paragraph, and a closing wire attribution under a finished text is a paragraph of its own.
        QTest::newRow("commentary, vertical photo title, credit with its desk, wrapped wire attribution")
            << joinLines({u"评论正文第一段，讲述一个浅显的道",
                     u"理，文字较长并且继续换行下去。",
                     u"评论正文第二段，作出简短结论。",
                     u"",
                     u"守正创新（某某论坛）",
                     u"春",
                     u"日",
                     u"花",
                     u"海",
                     u"3月1日，游客在某地公园赏花拍照，感受",
                     u"浓浓春意。当地近年来持续打造花海景观，",
                     u"带动乡村旅游发展。",
                     u"李 四 摄 （ 某 某 视 觉 ）",
                     u"",
                     u"新华社北京 3 月2日电  某部门日前",
                     u"发布通知，部署相关重点工作。",
                     u"通知要求各地认真抓好落实。",
                     u"（新华社北京3月2日电  记者赵",
                     u"",
                     u"六、钱七）",
                     u"某部门部署重点工作"})
            << joinLines({u"article||守正创新（某某论坛）|",
                     u"  评论正文第一段，讲述一个浅显的道理，文字较长并且继续换行下去。",
                     u"  评论正文第二段，作出简短结论。",
                     u"photo||春日花海||P:李四",
                     u"  3月1日，游客在某地公园赏花拍照，感受浓浓春意。当地近年来持续打造花海景观，带动乡村旅游发展。",
                     u"  李四摄（某某视觉）",
                     u"wire||某部门部署重点工作||R:赵六,钱七",
                     u"  新华社北京3月2日电某部门日前发布通知，部署相关重点工作。通知要求各地认真抓好落实。",
                     u"  （新华社北京3月2日电记者赵六、钱七）"});

        QTest::newRow("headline-first page")
            << joinLines({u"某区召开安全生产会议",
                     u"",
                     u"本报讯 近日，某区召开安全生产工",
                     u"作会议，分析研判当前形势。",
                     u"",
                     u"某镇举办招聘会",
                     u"",
                     u"本报讯 近日，某镇举办招聘会，提",
                     u"供就业岗位三百余个。"})
            << joinLines({u"article||某区召开安全生产会议|",
                     u"  近日，某区召开安全生产工作会议，分析研判当前形势。",
                     u"article||某镇举办招聘会|",
                     u"  近日，某镇举办招聘会，提供就业岗位三百余个。"});
    }
    void pages()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString got = describePages(Reconstructor().reconstruct(input));
        if (got != expected)
            qWarning().noquote() << "\n--- got:\n" << got << "\n--- expected:\n" << expected;
        QCOMPARE(got, expected);
    }

    void lineKinds_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::newRow("blank") << QStringLiteral("   ") << int(rawlayout::LineKind::Blank);
        QTest::newRow("opener") << QStringLiteral("本报讯（记者张三） 4月8") << int(rawlayout::LineKind::Opener);
        QTest::newRow("brief") << QStringLiteral("●日前，某校召开会议") << int(rawlayout::LineKind::Opener);
        QTest::newRow("byline") << QStringLiteral("本报记者 张三") << int(rawlayout::LineKind::Byline);
        QTest::newRow("vertical character") << QStringLiteral("﹃") << int(rawlayout::LineKind::VChar);
        QTest::newRow("marked label") << QStringLiteral("■新华时评") << int(rawlayout::LineKind::Label);
        QTest::newRow("header") << QStringLiteral("A08│温县新闻2023年1月10日 星期二") << int(rawlayout::LineKind::Header);
        QTest::newRow("text") << QStringLiteral("会议传达学习了有关精神") << int(rawlayout::LineKind::Text);
    }
    void lineKinds()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QCOMPARE(int(rawlayout::classifyLine(line, 0).kind), kind);
    }

    // Furniture of another paper's page (date line, page number and paper name on lines of their own),
    // a title between two bodies that goes where its wording points, a jump line, and the confidence.
    void otherPaperPage()
    {
        const QString input = joinLines({u"2019年3月5日\u3000星期二",
                                        u"6",
                                        u"某某日报",
                                        u"",
                                        u"新华社北京3月4日电（记者张三）某省",
                                        u"今年将新建农村公路一万公里，让群众",
                                        u"出行更方便，农产品运得出去。",
                                        u"（下转第8版）",
                                        u"某省新建农村公路一万公里",
                                        u"",
                                        u"外交部发言人就有关问题答问",
                                        u"",
                                        u"外交部发言人4日在例行记者会上",
                                        u"回答了记者提问，介绍了有关情况。"});
        const QList<Page> pages = Reconstructor().reconstruct(input);
        QCOMPARE(pages.size(), 1);
        const Page &page = pages.first();
        QCOMPARE(page.date, QDate(2019, 3, 5));
        QCOMPARE(page.articles.size(), 2);
        const Article &road = page.articles[0];
        QCOMPARE(road.headline, QStringLiteral("某省新建农村公路一万公里"));
        QCOMPARE(road.reporters, QStringList{QStringLiteral("张三")});
        QCOMPARE(road.continuedOn, QStringLiteral("第8版"));
        QCOMPARE(road.confidence, 1.0);
        QVERIFY(road.doubts.isEmpty());
        const Article &answer = page.articles[1];
        QCOMPARE(answer.headline, QStringLiteral("外交部发言人就有关问题答问"));
        QVERIFY(answer.paragraphs.first().startsWith(QStringLiteral("外交部发言人4日")));
        QVERIFY(answer.confidence > 0 && answer.confidence < 1);
        QVERIFY(answer.doubts.contains(QStringLiteral("start guessed: no dateline")));
    }
};

QTEST_GUILESS_MAIN(TestRawLayout)
#include "tst_rawlayout.moc"
