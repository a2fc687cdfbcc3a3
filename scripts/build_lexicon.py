#!/usr/bin/env python3
"""Derive Kanbao's compact entity lexicon from jieba's dictionary.

usage: build_lexicon.py [JIEBA_DICT] [OUT_DIR]

JIEBA_DICT defaults to the Debian python3-jieba copy
(/usr/lib/python3/dist-packages/jieba/dict.txt, lines "word freq tag"); OUT_DIR defaults to
resources/lexicon next to this script.  jieba is only read here: the generated files are committed and
embedded in the binary, so nothing needs jieba at run time.

Generated files (UTF-8, one entry a line, "#" lines are comments):
  surnames.tsv       surname<TAB>tier   tier 1 = common today, 2 = listed (百家姓) but rarer,
                                        3 = also a very common function word (于, 和, 向 ...), 
                                        compound surnames (欧阳, 司马 ...) are tier 1
  given_chars.tsv    char<TAB>count     how often a character stands in a given name in jieba's person
                                        names (nr/nrfg words of three characters with a known surname)
  common_words.txt   word               frequent words (freq >= COMMON_MIN) of 2-4 characters that begin
                                        with a surname character but are not names: 强调, 全县, 高度 ...
  places.txt         word               place names: jieba ns words with an administrative suffix, their
                                        stems, and the provinces / countries listed below
  organizations.txt  word               jieba nt words (freq >= ORG_MIN)
  stopwords.txt      word               frequent words of 2-4 characters that are verbs, adverbs, pronouns,
                                        prepositions, conjunctions, adjectives, time or place words: a name
                                        phrase (an organization, a place) never runs across them
  common_nouns.txt   word               frequent two-character nouns (商业, 责任, 重点) that do not name a
                                        place in front of 区, 市 or 省
  affix_words.txt    word               frequent two-character words that begin or end with a one-character
                                        place or organization suffix but name neither (城市, 干部, 市民, 格局)
The hand-written rules (titles, cue words, national leaders) live in rules.txt beside them and are not
touched by this script.
"""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DICT = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages/jieba/dict.txt"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "resources", "lexicon")

COMMON_MIN = 40
ORG_MIN = 5
STOP_MIN = 30
STOP_TAGS = {"v", "d", "p", "c", "r", "ad", "vd", "a", "u", "t", "f", "y", "l"}
# Verbs jieba tags as nouns, and 抓好-style verb phrases it lacks.
# Words jieba tags as adverbs that begin place and organization names (高新区, 高新技术产业开发区).
NOT_STOPWORDS = {"高新"}
NOUN_MIN = 300
EXTRA_STOPWORDS = "利用 联系 压实 调研 用好 讲好 抓好 办好 建好 做好 管好 开好 守好 写好 干好 走好 跑出 助力 赋能 围绕 聚力".split()
# Verbs that often stand inside organization names (设备制造有限公司, 示范区, 组织部): never a stop.
VERBS_IN_NAMES = set("制造 示范 组织 联合 管理 发展 建设 服务 研究 设计 开发 投资 检测 监督 保障 促进 运输 销售 "
                     "生产 加工 经营 咨询 培训 教育 保护 救援 改革 执法 监测 规划 协调 指导 指挥 统计 审计 检察 "
                     "监察 规划 振兴 创新 创业 孵化 交流 合作 维修 养护 治理 保险 储备 供应 物流 交易".split())

# 百家姓 single surnames plus common modern ones it lacks (付, 肖, 闫 ...).
BAIJIAXING = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双"
    "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容"
    "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空"
    "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公"
    "付肖覃冼佘岳帅缑亢况佟闫晋楚涂钦鄢汝阳年谯笪言仝苟门黑母豆粟邸修衣揭蹇税但寻银凡植"
)
# The surnames most people in a Chinese newspaper carry (roughly the 150 most frequent today).
COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
    "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩明佘池查麻苑迟邝封富楼原"
)
# Surnames that are above all everyday function words (于, 和, 向, 从, 全): only trusted where the
# context already says "a name stands here" (after a title, inside a list of leaders). Other surnames that
# also begin common words (高度, 万元) stay usable because those words are in common_words.txt.
AMBIGUOUS_SURNAMES = "于和向时从全国能都应家通相后益公支经干巴牧秋索双农别终步利越空须红那养充"

COMPOUND_SURNAMES = [
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "长孙",
    "宇文", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "申屠", "太史", "万俟", "闻人", "澹台",
    "公冶", "宗政", "濮阳", "淳于", "单于", "钟离", "仲孙", "赫连", "乐正", "鲜于", "闾丘", "司空", "亓官",
    "司寇", "子车", "颛孙", "拓跋", "第五", "公羊", "太叔", "巫马", "公西", "漆雕", "壤驷", "公良", "夹谷",
    "宰父", "谷梁", "段干", "东郭", "南门", "归海", "羊舌", "微生", "梁丘", "左丘", "东门", "伯赏",
]

PROVINCES_AND_COUNTRIES = [
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
    "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
    "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "中国", "美国", "日本", "韩国", "朝鲜",
    "俄罗斯", "英国", "法国", "德国", "意大利", "西班牙", "加拿大", "澳大利亚", "印度", "巴西", "越南",
    "泰国", "新加坡", "马来西亚", "印度尼西亚", "菲律宾", "巴基斯坦", "哈萨克斯坦", "埃及", "南非",
    "墨西哥", "阿根廷", "荷兰", "比利时", "瑞士", "瑞典", "挪威", "芬兰", "丹麦", "波兰", "乌克兰",
    "土耳其", "伊朗", "以色列", "沙特阿拉伯", "欧洲", "亚洲", "非洲",
]
AFFIX_CHARS = "省市县区州镇乡村旗盟港岛山湖河江局部厅厂"
AFFIX_MIN = 30
ADMIN_SUFFIXES = ("省", "市", "县", "区", "州", "镇", "乡", "村", "旗", "盟")
NAME_TAGS = {"nr", "nrfg", "nrt"}


def load(path):
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 3:
                continue
            word, freq, tag = parts[0], int(parts[1]), parts[2]
            if word not in words or words[word][0] < freq:
                words[word] = (freq, tag)
    return words


def is_han(ch):
    return "\u4e00" <= ch <= "\u9fff"


def write(name, header, lines):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# generated by scripts/build_lexicon.py from jieba's dict.txt: do not edit\n")
        f.write("# " + header + "\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{path}: {len(lines)} entries")


def main():
    words = load(DICT)
    singles = sorted(set(BAIJIAXING) | set(COMMON_SURNAMES))
    common = set(COMMON_SURNAMES)
    ambiguous = set(AMBIGUOUS_SURNAMES)

    def tier(s):
        if s in ambiguous:
            return 3
        return 1 if s in common else 2

    surname_rows = [f"{s}\t{tier(s)}" for s in singles] + [f"{s}\t1" for s in COMPOUND_SURNAMES]
    write("surnames.tsv", "surname<TAB>tier (1 common, 2 rare, 3 also a function word)", surname_rows)

    surname_set = set(singles)
    given = Counter()
    for word, (freq, tag) in words.items():
        if tag in ("nr", "nrfg") and len(word) == 3 and word[0] in surname_set and all(map(is_han, word)):
            given[word[1]] += 1
            given[word[2]] += 1
    write("given_chars.tsv", "character<TAB>count in given names",
          [f"{c}\t{n}" for c, n in sorted(given.items(), key=lambda kv: (-kv[1], kv[0]))])

    compound_set = set(COMPOUND_SURNAMES)
    common_words = []
    for word, (freq, tag) in words.items():
        if not (2 <= len(word) <= 4) or not all(map(is_han, word)):
            continue
        if word[0] not in surname_set and word[:2] not in compound_set:
            continue
        # jieba tags many ordinary words as names (明白, 文明, 高新区); a very frequent "name" is a word.
        if freq >= COMMON_MIN and (tag not in NAME_TAGS or freq >= 2000 or len(word) == 2 and freq >= 500):
            common_words.append(word)
    write("common_words.txt", "frequent non-name words that start with a surname character", sorted(common_words))

    def common_head(word):
        # 文明城市: jieba files some phrases under ns; a frequent ordinary word at the head gives them away.
        head = words.get(word[:2])
        return len(word) > 2 and head is not None and head[1] != "ns" and head[0] >= 2000

    places = set(PROVINCES_AND_COUNTRIES)
    for word, (freq, tag) in words.items():
        # 城市, 都市: frequent two-character "places" are ordinary words.
        if tag == "ns" and 2 <= len(word) <= 8 and all(map(is_han, word)) and word.endswith(ADMIN_SUFFIXES) \
                and not (len(word) == 2 and freq > 500) and not common_head(word):
            places.add(word)
            stem = word[:-1]
            # A stem that is also an everyday word (温泉, 长安 as a phrase) would fire everywhere.
            other = words.get(stem)
            if len(stem) >= 2 and (other is None or other[1] == "ns" or other[0] < 20):
                places.add(stem)
    write("places.txt", "place names", sorted(places))

    orgs = [w for w, (f, t) in words.items() if t == "nt" and f >= ORG_MIN and 3 <= len(w) <= 16
            and all(map(is_han, w))]
    write("organizations.txt", "organization names", sorted(orgs))

    stop = {w for w, (f, t) in words.items() if t in STOP_TAGS and f >= STOP_MIN and 2 <= len(w) <= 4
            and all(map(is_han, w)) and w not in VERBS_IN_NAMES and w not in NOT_STOPWORDS}
    stop.update(EXTRA_STOPWORDS)
    write("stopwords.txt", "words a name phrase does not run across", sorted(stop))

    nouns = [w for w, (f, t) in words.items() if len(w) == 2 and all(map(is_han, w)) and f >= NOUN_MIN
             and t in ("n", "vn", "an", "nz")]
    write("common_nouns.txt", "frequent two-character nouns", sorted(nouns))

    affix = [w for w, (f, t) in words.items() if len(w) == 2 and all(map(is_han, w)) and f >= AFFIX_MIN
             and t not in ("ns", "nt") and (w[0] in AFFIX_CHARS or w[1] in AFFIX_CHARS)]
    write("affix_words.txt", "words around one-character place or organization suffixes that are neither",
          sorted(affix))


if __name__ == "__main__":
    main()
