<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kanbao::AnnotationsPanel</name>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="227"/>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="229"/>
        <source>No article open</source>
        <translation>未打开文章</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="238"/>
        <source>No highlights or notes yet</source>
        <translation>尚无高亮或笔记</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/annotationspanel.cpp" line="240"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 处高亮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/annotationspanel.cpp" line="241"/>
        <source>%n note(s) on the article</source>
        <translation>
            <numerusform>文章笔记 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="245"/>
        <source>Open a library to highlight articles and take notes.</source>
        <translation>打开文库后即可高亮文章、记笔记。</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="247"/>
        <source>Open an article to see its highlights and notes.</source>
        <translation>打开一篇文章以查看其高亮和笔记。</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="249"/>
        <source>Select text in the article and click a color above to highlight it. Right-click the selection for more.</source>
        <translation>在文章中选中文字，点击上方颜色即可高亮。右键单击选区可进行更多操作。</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="277"/>
        <source>Add a note to this highlight…</source>
        <translation>为此高亮添加笔记…</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="277"/>
        <source>Write a note on the article…</source>
        <translation>为文章写笔记…</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="306"/>
        <source>No library is open.</source>
        <translation>未打开文库。</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="319"/>
        <source>Select some text of the article first.</source>
        <translation>请先在文章中选中文字。</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="387"/>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="394"/>
        <source>Copy Quote</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="398"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="401"/>
        <location filename="../ui/notes/annotationspanel.cpp" line="440"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="435"/>
        <source>Highlight:</source>
        <translation>高亮：</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="436"/>
        <source>Highlight the text selected in the article</source>
        <translation>高亮文章中选中的文字</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="437"/>
        <source>+ Note</source>
        <translation>+ 笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="438"/>
        <source>Write a note on the whole article</source>
        <translation>为整篇文章写笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="439"/>
        <source>Color:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="441"/>
        <source>Delete this annotation (it can be undone)</source>
        <translation>删除此批注（可撤销）</translation>
    </message>
</context>
<context>
    <name>kanbao::ArchiveWalker</name>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="41"/>
        <source>the path is too long for the system (%1 bytes; the limit is %2)</source>
        <translation>路径对系统来说太长（%1 字节；上限为 %2）</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="64"/>
        <source>a broken symbolic link (what it points to does not exist)</source>
        <translation>失效的符号链接（其指向的目标不存在）</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="73"/>
        <source>a folder already read (a symbolic link back to it)</source>
        <translation>已读取过的文件夹（指回该文件夹的符号链接）</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="82"/>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="83"/>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="84"/>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="85"/>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="87"/>
        <source>is %1, not a page file</source>
        <translation>是%1，不是版面文件</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="89"/>
        <source>is %1</source>
        <translation>是%1</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="93"/>
        <source>not a page format</source>
        <translation>不是版面格式</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="108"/>
        <source>the folder cannot be read: %1</source>
        <translation>无法读取文件夹：%1</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="135"/>
        <source>the folder could not be read to the end: %1</source>
        <translation>无法完整读取文件夹：%1</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="140"/>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="163"/>
        <source>the file name is not UTF-8; shown as read in GB18030</source>
        <translation>文件名不是 UTF-8；按 GB18030 读取显示</translation>
    </message>
    <message>
        <location filename="../app/import/archivewalk.cpp" line="167"/>
        <source>the file name is not UTF-8 and not GB18030; shown with its bytes as Latin-1</source>
        <translation>文件名既不是 UTF-8 也不是 GB18030；按 Latin-1 显示其字节</translation>
    </message>
</context>
<context>
    <name>kanbao::ArticleListModel</name>
    <message>
        <location filename="../ui/articlelistmodel.cpp" line="95"/>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../ui/articlelistmodel.cpp" line="103"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>kanbao::ArticleView</name>
    <message>
        <location filename="../ui/articleview.cpp" line="78"/>
        <source>Reporter: %1</source>
        <translation>记者：%1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="80"/>
        <source>Correspondent: %1</source>
        <translation>通讯员：%1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="82"/>
        <source>Author: %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="84"/>
        <source>Photo: %1</source>
        <translation>摄影：%1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="98"/>
        <source>page %1</source>
        <translation>%1版</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="117"/>
        <source>(date guessed; Edit ▸ Confirm Date)</source>
        <translation>（日期为推测；见“编辑 ▸ 确认日期”）</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="156"/>
        <source>Choose a day in the calendar and an article to read it.</source>
        <translation>在日历中选择一天，再选择一篇文章即可阅读。</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="178"/>
        <location filename="../ui/articleview.cpp" line="212"/>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="193"/>
        <source>This page was read only in part: %1. Check the article against its source.</source>
        <translation>此版面只读取了一部分：%1。请对照原件核对文章。</translation>
    </message>
</context>
<context>
    <name>kanbao::CitationController</name>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="134"/>
        <source>Copy Citation (%1)</source>
        <translation>复制引文（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/citationcontroller.cpp" line="136"/>
        <source>Export %n Reference(s)…</source>
        <translation>
            <numerusform>导出 %n 条参考文献…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="186"/>
        <source>No library is open.</source>
        <translation>未打开文库。</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="193"/>
        <source>Article %1 is no longer in the library.</source>
        <translation>文章 %1 已不在文库中。</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="211"/>
        <source>Open or select an article to cite it.</source>
        <translation>请打开或选择一篇文章后再引用。</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="217"/>
        <source>Copy Citation</source>
        <translation>复制引文</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/citationcontroller.cpp" line="222"/>
        <source>%n citation(s) copied (%1)</source>
        <translation>
            <numerusform>已复制 %n 条引文（%1）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="229"/>
        <source>There are no articles to export: select some, or search.</source>
        <translation>没有可导出的文章：请先选择文章或进行搜索。</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="235"/>
        <location filename="../ui/citationcontroller.cpp" line="258"/>
        <source>Export References</source>
        <translation>导出参考文献</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="243"/>
        <source>RIS (*.ris);;BibTeX (*.bib);;CSL-JSON (*.json)</source>
        <translation>RIS (*.ris);;BibTeX (*.bib);;CSL-JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/citationcontroller.cpp" line="245"/>
        <source>Export %n Reference(s)</source>
        <translation>
            <numerusform>导出 %n 条参考文献</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="259"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/citationcontroller.cpp" line="263"/>
        <source>%n reference(s) exported as %1 to %2</source>
        <translation>
            <numerusform>已将 %n 条参考文献以 %1 格式导出到 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="277"/>
        <source>Copy C&amp;itation</source>
        <translation>复制引文(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="279"/>
        <source>Copy the reference of the selected or open articles in the chosen citation style</source>
        <translation>按所选引文格式复制所选或已打开文章的参考文献</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="280"/>
        <source>Export &amp;References…</source>
        <translation>导出参考文献(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="282"/>
        <source>Export the references of the selected or open articles as RIS, BibTeX or CSL-JSON</source>
        <translation>将所选或已打开文章的参考文献导出为 RIS、BibTeX 或 CSL-JSON</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="283"/>
        <source>Export Search Results as Re&amp;ferences…</source>
        <translation>将搜索结果导出为参考文献(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="284"/>
        <source>Citation &amp;Style</source>
        <translation>引文格式(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="287"/>
        <source>GB/T 7714-2015 (Chinese)</source>
        <translation>GB/T 7714-2015（中文）</translation>
    </message>
    <message>
        <location filename="../ui/citationcontroller.cpp" line="288"/>
        <source>Chicago (English)</source>
        <translation>Chicago（英文）</translation>
    </message>
</context>
<context>
    <name>kanbao::CollectionActions</name>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="66"/>
        <source>The library is read-only</source>
        <translation>资料库为只读</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="67"/>
        <source>Select or open an article first</source>
        <translation>请先选择或打开一篇文章</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="88"/>
        <source>Add to Co&amp;llection</source>
        <translation>加入专题集(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="107"/>
        <source>Add to &amp;Collection</source>
        <translation>添加到收藏集(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/collectionactions.cpp" line="112"/>
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1（%n 篇文章）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="119"/>
        <source>&amp;New Collection…</source>
        <translation>新建收藏集(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="152"/>
        <source>Add to Collection</source>
        <translation>添加到收藏集</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/collectionactions.cpp" line="154"/>
        <source>%n article(s) added to the collection %1</source>
        <translation>
            <numerusform>已将 %n 篇文章添加到收藏集 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="161"/>
        <source>New Collection</source>
        <translation>新建收藏集</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="161"/>
        <source>Name of the collection:</source>
        <translation>收藏集名称：</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="183"/>
        <location filename="../ui/search/collectionactions.cpp" line="187"/>
        <source>Rename Collection</source>
        <translation>重命名专题集</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="183"/>
        <source>New name of the collection:</source>
        <translation>专题集的新名称：</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="202"/>
        <location filename="../ui/search/collectionactions.cpp" line="210"/>
        <source>Delete Collection</source>
        <translation>删除专题集</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/collectionactions.cpp" line="203"/>
        <source>Delete the collection “%1” (%n article(s))? The articles stay in the library; Edit ▸ Undo brings the collection back.</source>
        <translation>
            <numerusform>删除专题集“%1”（%n 篇文章）？文章仍保留在资料库中；“编辑 ▸ 撤销”可恢复该专题集。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="212"/>
        <source>Collection %1 deleted</source>
        <translation>已删除专题集 %1</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="240"/>
        <source>The collection %1 has no articles to export.</source>
        <translation>专题集 %1 没有可导出的文章。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/collectionactions.cpp" line="249"/>
        <source>Export %n Article(s) as Full Text</source>
        <translation>
            <numerusform>将 %n 篇文章导出为全文</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="250"/>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="264"/>
        <source>Export Full Text</source>
        <translation>导出全文</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionactions.cpp" line="265"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/collectionactions.cpp" line="270"/>
        <source>%n article(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 篇文章导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::CollectionModel</name>
    <message numerus="yes">
        <location filename="../ui/search/collectionmodel.cpp" line="34"/>
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/collectionmodel.cpp" line="36"/>
        <source>%1: %n article(s). Click to list them; right-click to rename, delete or export.</source>
        <translation>
            <numerusform>%1：%n 篇文章。单击列出文章；右键可重命名、删除或导出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::Collections</name>
    <message>
        <location filename="../app/library/searchlists.cpp" line="163"/>
        <location filename="../app/library/searchlists.cpp" line="254"/>
        <source>A collection needs a name.</source>
        <translation>收藏集必须有名称。</translation>
    </message>
    <message>
        <location filename="../app/library/searchlists.cpp" line="216"/>
        <source>No article with the id %1.</source>
        <translation>没有 ID 为 %1 的文章。</translation>
    </message>
    <message>
        <location filename="../app/library/searchlists.cpp" line="256"/>
        <source>There is already a collection named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的专题集。</translation>
    </message>
    <message>
        <location filename="../app/library/searchlists.cpp" line="263"/>
        <location filename="../app/library/searchlists.cpp" line="274"/>
        <source>There is no such collection.</source>
        <translation>没有这个收藏集。</translation>
    </message>
</context>
<context>
    <name>kanbao::CollectionsPanel</name>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="59"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="63"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="66"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="70"/>
        <source>Export Full &amp;Text (CSV, JSON Lines)…</source>
        <translation>导出全文(&amp;T)（CSV、JSON Lines）…</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="73"/>
        <source>Export Re&amp;ferences (RIS, BibTeX, CSL-JSON)…</source>
        <translation>导出参考文献(&amp;F)（RIS、BibTeX、CSL-JSON）…</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="100"/>
        <source>No collections yet. Right-click articles in a list or the article pane and choose Add to Collection.</source>
        <translation>尚无专题集。在文章列表或文章窗格中右键单击文章，选择“加入专题集”。</translation>
    </message>
    <message>
        <location filename="../ui/search/collectionspanel.cpp" line="102"/>
        <source>Click a collection to list its articles; right-click to rename, delete or export it.</source>
        <translation>单击专题集列出其文章；右键可重命名、删除或导出。</translation>
    </message>
</context>
<context>
    <name>kanbao::ConcordanceModel</name>
    <message>
        <location filename="../ui/search/concordancemodel.cpp" line="77"/>
        <source>Left context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <location filename="../ui/search/concordancemodel.cpp" line="79"/>
        <source>Hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../ui/search/concordancemodel.cpp" line="81"/>
        <source>Right context</source>
        <translation>右侧语境</translation>
    </message>
    <message>
        <location filename="../ui/search/concordancemodel.cpp" line="83"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/search/concordancemodel.cpp" line="85"/>
        <source>Paper</source>
        <translation>报纸</translation>
    </message>
</context>
<context>
    <name>kanbao::ConcordanceView</name>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="132"/>
        <source> characters each side</source>
        <translation> 字（每侧）</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="133"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/searchoverview.cpp" line="171"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处命中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/searchoverview.cpp" line="172"/>
        <source>in %n article(s)</source>
        <translation>
            <numerusform>见于 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="186"/>
        <location filename="../ui/search/searchoverview.cpp" line="195"/>
        <source>Export concordance</source>
        <translation>导出关键词语境</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="187"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="196"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>kanbao::CorrectionsController</name>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="129"/>
        <source>Show &amp;Source</source>
        <translation>显示来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="130"/>
        <source>The page&apos;s text as imported, beside the article, its lines marked</source>
        <translation>在文章旁显示导入时的版面文字，并标出文章对应的行</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="135"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="135"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="184"/>
        <source>Article %1 could not be read: %2</source>
        <translation>无法读取文章 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="196"/>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="218"/>
        <source>Show Source</source>
        <translation>显示来源</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="216"/>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="377"/>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="454"/>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="381"/>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="456"/>
        <source>Subheadline</source>
        <translation>副题</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="385"/>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="455"/>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="390"/>
        <source>The article&apos;s %1, as printed:</source>
        <translation>按报上原文输入文章的%1：</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="403"/>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="404"/>
        <source>Roles and names, groups separated by “；”:
记者 张三、李四；通讯员 王五 (roles: 记者, 通讯员, 作者, 摄影)</source>
        <translation>身份和姓名，各组之间用“；”分隔：
记者 张三、李四；通讯员 王五（身份：记者、通讯员、作者、摄影）</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="432"/>
        <source>Split Article Here</source>
        <translation>在此处拆分文章</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="437"/>
        <source>Correct Article</source>
        <translation>更正文章</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="439"/>
        <source>Merge with Next Article</source>
        <translation>与下一篇文章合并</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="442"/>
        <source>Merge with Previous Article</source>
        <translation>与上一篇文章合并</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="450"/>
        <source>Take Paragraph As</source>
        <translation>将此段作为</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="463"/>
        <source>Type Heading</source>
        <translation>输入标题</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="467"/>
        <source>Kicker…</source>
        <translation>引题…</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="468"/>
        <source>Headline…</source>
        <translation>标题…</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="469"/>
        <source>Subheadline…</source>
        <translation>副题…</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="474"/>
        <source>Edit Byline…</source>
        <translation>编辑署名…</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="478"/>
        <source>Move Paragraph to Previous Article</source>
        <translation>将段落移至上一篇文章</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="483"/>
        <source>Move Paragraph to Next Article</source>
        <translation>将段落移至下一篇文章</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="489"/>
        <source>Not an Article</source>
        <translation>非文章</translation>
    </message>
    <message>
        <location filename="../ui/corrections/correctionscontroller.cpp" line="491"/>
        <source>An advertisement or page furniture: hidden from contents and search, not deleted</source>
        <translation>广告或报头、页眉等版面固定元素：不在目录和搜索中显示，但不会删除</translation>
    </message>
</context>
<context>
    <name>kanbao::CorrectionsStore</name>
    <message>
        <location filename="../app/library/corrections.cpp" line="1038"/>
        <location filename="../app/library/corrections.cpp" line="1119"/>
        <source>a %1 correction is made on a page, not an article</source>
        <translation>%1 更正针对的是版面，而不是文章</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1045"/>
        <location filename="../app/library/corrections.cpp" line="1124"/>
        <source>%1 needs a text</source>
        <translation>%1 需要文字</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1050"/>
        <location filename="../app/library/corrections.cpp" line="1130"/>
        <source>byline “%1”: %2</source>
        <translation>署名“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1140"/>
        <location filename="../app/library/corrections.cpp" line="1148"/>
        <source>no article %1 in %2</source>
        <translation>%2 中没有文章 %1</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1062"/>
        <source>“%1” is not in article %2</source>
        <translation>文章 %2 中没有“%1”</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1040"/>
        <source>no article %1 on the page</source>
        <translation>本版面没有第 %1 篇文章</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1070"/>
        <source>article %1 has no text to hold the correction</source>
        <translation>文章 %1 没有可承载此更正的文字</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1089"/>
        <source>article %1 already starts with “%2”</source>
        <translation>文章 %1 已经以“%2”开头</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1090"/>
        <source>article %1 is already so</source>
        <translation>文章 %1 已是如此</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1092"/>
        <source>article %1 is the last on its page: there is no next article to merge</source>
        <translation>文章 %1 是所在版面的最后一篇：没有可合并的下一篇文章</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1094"/>
        <source>article %1 is the first on its page: there is no previous article</source>
        <translation>文章 %1 是所在版面的第一篇：没有上一篇文章</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1097"/>
        <source>“%1” is the only paragraph of article %2: merge the article instead</source>
        <translation>“%1”是文章 %2 唯一的段落：请改为合并文章</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1101"/>
        <source>“%1” is the only text of article %2</source>
        <translation>“%1”是文章 %2 仅有的文字</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1103"/>
        <source>byline “%1” cannot be read</source>
        <translation>无法识别署名“%1”</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1105"/>
        <source>the text of article %1 could not be anchored</source>
        <translation>无法定位文章 %1 的文字</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1201"/>
        <location filename="../app/library/corrections.cpp" line="1361"/>
        <source>a %1 correction is made on an article, not a page</source>
        <translation>%1 更正针对的是文章，而不是版面</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1300"/>
        <source>no import %1 in %2 (see kanbao-cli imports)</source>
        <translation>%2 中没有导入 %1（见 kanbao-cli imports）</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1353"/>
        <source>no pages to correct</source>
        <translation>没有要更正的版面</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1365"/>
        <source>paper needs a name</source>
        <translation>报纸需要名称</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/corrections.cpp" line="1421"/>
        <source>the %n pages are already so</source>
        <translation>
            <numerusform>这 %n 个版面已是如此</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1204"/>
        <location filename="../app/library/corrections.cpp" line="1371"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="450"/>
        <source>“%1” names nobody</source>
        <translation>“%1”后面没有姓名</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="458"/>
        <source>“%1” is neither a role (记者, 通讯员, 作者, 摄影) nor a name</source>
        <translation>“%1”既不是身份（记者、通讯员、作者、摄影），也不是姓名</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1379"/>
        <source>nothing to correct</source>
        <translation>没有要更正的内容</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1390"/>
        <source>no page %1 in %2</source>
        <translation>%2 中没有版面 %1</translation>
    </message>
    <message>
        <location filename="../app/library/corrections.cpp" line="1208"/>
        <location filename="../app/library/corrections.cpp" line="1420"/>
        <source>page %1 is already so</source>
        <translation>版面 %1 已是如此</translation>
    </message>
</context>
<context>
    <name>kanbao::DecodedText</name>
    <message numerus="yes">
        <location filename="../app/text/textdecoder.cpp" line="308"/>
        <source>%n invalid byte sequence(s) replaced (the first at byte %1)</source>
        <translation>
            <numerusform>已替换 %n 个无效字节序列（第一个位于第 %1 字节）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::EntityListModel</name>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="59"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="61"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="63"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="93"/>
        <source>Also written: %1</source>
        <translation>又写作：%1</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="120"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="122"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="124"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="126"/>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="128"/>
        <source>First</source>
        <translation>最早</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitylistmodel.cpp" line="130"/>
        <source>Last</source>
        <translation>最近</translation>
    </message>
</context>
<context>
    <name>kanbao::EntityModel</name>
    <message>
        <location filename="../ui/entitymodel.cpp" line="27"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="29"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="31"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="134"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="135"/>
        <source>Journalists</source>
        <translation>记者</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="153"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="155"/>
        <source>Click to list every article that mentions %1</source>
        <translation>单击列出提及“%1”的所有文章</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="185"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
</context>
<context>
    <name>kanbao::EntityStore</name>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="846"/>
        <source>%1 is read-only: entity decisions cannot be saved</source>
        <translation>%1 是只读的：无法保存实体的处理决定</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="855"/>
        <location filename="../app/entities/entitystore.cpp" line="1036"/>
        <source>an entity needs a name</source>
        <translation>实体必须有名称</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="861"/>
        <source>%1 and %2 are already one entity</source>
        <translation>%1 和 %2 已经是同一个实体</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="902"/>
        <source>a split needs a new name</source>
        <translation>拆分需要一个新名称</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="908"/>
        <location filename="../app/entities/entitystore.cpp" line="933"/>
        <source>%1 is not mentioned in those articles</source>
        <translation>这些文章中没有提及 %1</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="985"/>
        <source>only two names of one type can be marked as different</source>
        <translation>只能把两个同类型的名称标记为不同</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="1000"/>
        <source>cannot store the entity %1</source>
        <translation>无法保存实体 %1</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="1199"/>
        <source>cannot write the entity list: %1</source>
        <translation>无法写入实体列表：%1</translation>
    </message>
    <message>
        <location filename="../app/entities/entitystore.cpp" line="1207"/>
        <location filename="../app/entities/entitystore.cpp" line="1211"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>kanbao::EntityWindow</name>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="261"/>
        <source>People, Organizations, Places — %1</source>
        <translation>人物、机构、地点 — %1</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="276"/>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="279"/>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="282"/>
        <source>Split off as</source>
        <translation>已拆分为</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="285"/>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="288"/>
        <source>Not the same as</source>
        <translation>不同于</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="295"/>
        <source>%1, article %2</source>
        <translation>%1，文章 %2</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="305"/>
        <source>Choose a decision in the list first.</source>
        <translation>请先在列表中选择一项决定。</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="326"/>
        <location filename="../ui/entities/entitywindow.cpp" line="582"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="350"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="351"/>
        <source>Likely Duplicates</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="352"/>
        <source>Filter names</source>
        <translation>筛选名称</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="353"/>
        <source>Journalists</source>
        <translation>记者</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="354"/>
        <source>Also list the reporters and photographers named in bylines</source>
        <translation>同时列出署名中的记者和摄影者</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="355"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="358"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="359"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="360"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="362"/>
        <source>A name the papers use that is missing</source>
        <translation>报纸中出现但列表里缺少的名称</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="363"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="364"/>
        <source>Export to CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="365"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="366"/>
        <source>Appears With</source>
        <translation>同时出现</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="367"/>
        <source>Offices</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="368"/>
        <location filename="../ui/entities/entitywindow.cpp" line="382"/>
        <location filename="../ui/entities/entitywindow.cpp" line="387"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="368"/>
        <source>Articles together</source>
        <translation>共同出现的文章数</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="369"/>
        <source>Office</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="369"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="369"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="369"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="369"/>
        <location filename="../ui/entities/entitywindow.cpp" line="382"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="370"/>
        <source>New or other name</source>
        <translation>新名称或其他名称</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="371"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="372"/>
        <source>Call this entity by the name typed (its other names follow).</source>
        <translation>用输入的名称称呼此实体（其他名称随之归并）。</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="373"/>
        <source>Merge Into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="374"/>
        <source>This name is another way of writing the entity typed: count its mentions there.</source>
        <translation>此名称是所输入实体的另一种写法：把它的提及计入该实体。</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="375"/>
        <source>Split Off</source>
        <translation>拆分出去</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="376"/>
        <source>The selected articles are about someone else of the same name: give their mentions the name typed.</source>
        <translation>所选文章说的是同名的另一人：把这些提及归到输入的名称下。</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="378"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="379"/>
        <source>Not an entity: leave it out of every list, also after later imports.</source>
        <translation>不是实体：从所有列表中去掉，以后导入时也一样。</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="380"/>
        <source>Names one character apart that appear with the same people or offices: often one name misread or mistyped. Merge the rarer into the commoner, or keep them apart.</source>
        <translation>只差一个字、且与相同人物或职务一同出现的名称，往往是同一个名称被识别错或打错。可把较少见的合并到较常见的，或让二者保持分开。</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="382"/>
        <source>Likely the same as</source>
        <translation>可能等同于</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="383"/>
        <source>Shared companions</source>
        <translation>共同出现的人</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="383"/>
        <source>Shared offices</source>
        <translation>共同的职务</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="384"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="385"/>
        <source>Not the Same</source>
        <translation>不是同一个</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="386"/>
        <source>Decisions</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="387"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="387"/>
        <source>Other name</source>
        <translation>另一名称</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="387"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="388"/>
        <source>Undo Decision</source>
        <translation>撤销决定</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="491"/>
        <source>Choose a name in the list.</source>
        <translation>请在列表中选择一个名称。</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="496"/>
        <source>%1 is not mentioned in this library (or is ignored).</source>
        <translation>此文库中没有提及 %1（或它已被忽略）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/entities/entitywindow.cpp" line="499"/>
        <source>%1 (%2): %n mention(s)</source>
        <translation>
            <numerusform>%1（%2）：提及 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/entities/entitywindow.cpp" line="501"/>
        <source>in %n article(s), %1 to %2</source>
        <translation>
            <numerusform>见于 %n 篇文章，%1 至 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="504"/>
        <source>Also written: %1</source>
        <translation>又写作：%1</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="554"/>
        <location filename="../ui/entities/entitywindow.cpp" line="561"/>
        <source>Export Entities</source>
        <translation>导出实体</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="562"/>
        <source>entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="563"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="589"/>
        <location filename="../ui/entities/entitywindow.cpp" line="601"/>
        <location filename="../ui/entities/entitywindow.cpp" line="614"/>
        <location filename="../ui/entities/entitywindow.cpp" line="626"/>
        <source>Choose a name in the list first.</source>
        <translation>请先在列表中选择一个名称。</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="591"/>
        <source>Type the new name first.</source>
        <translation>请先输入新名称。</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="603"/>
        <source>Type the name to merge into first.</source>
        <translation>请先输入要合并到的名称。</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="619"/>
        <source>Select the articles about the other entity first.</source>
        <translation>请先选择关于另一个实体的文章。</translation>
    </message>
    <message>
        <location filename="../ui/entities/entitywindow.cpp" line="636"/>
        <source>No library is open.</source>
        <translation>未打开文库。</translation>
    </message>
</context>
<context>
    <name>kanbao::ExportNotesDialog</name>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="341"/>
        <source>No library is open.</source>
        <translation>未打开文库。</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="359"/>
        <source>No notes in this selection.</source>
        <translation>所选范围内没有笔记。</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="361"/>
        <source>%1 from %2 will be exported (%3).</source>
        <translation>将导出来自%2的%1（%3）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/exportnotesdialog.cpp" line="362"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/exportnotesdialog.cpp" line="363"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="373"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="376"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="379"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="382"/>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="398"/>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="402"/>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="416"/>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="426"/>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="397"/>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="403"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="416"/>
        <source>The notes could not be exported: %1</source>
        <translation>无法导出笔记：%1</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="427"/>
        <source>Which notes</source>
        <translation>哪些笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="428"/>
        <source>&amp;All notes in the library</source>
        <translation>文库中的全部笔记(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="429"/>
        <source>On articles &amp;tagged</source>
        <translation>带有以下标签的文章(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="430"/>
        <source>On issues &amp;dated</source>
        <translation>以下日期的报纸(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/exportnotesdialog.cpp" line="431"/>
        <source>On the &amp;selected articles (%n)</source>
        <translation>
            <numerusform>所选文章（%n 篇）(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="432"/>
        <source>Include notes on whole articles</source>
        <translation>包括整篇文章的笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="433"/>
        <source>Include orphaned notes (their article changed on re-import)</source>
        <translation>包括孤立笔记（其文章在重新导入时已改变）</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="434"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="435"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="436"/>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="437"/>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="438"/>
        <source>C&amp;ite articles as:</source>
        <translation>文章引用格式(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="439"/>
        <source>Include each article&apos;s crop of its page &amp;image (PDF pages)</source>
        <translation>包括每篇文章在版面原图上的截图（PDF 版面）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="440"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="441"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="442"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="443"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>kanbao::FacetModel</name>
    <message>
        <location filename="../ui/search/facetmodel.cpp" line="19"/>
        <source>Papers</source>
        <translation>报纸</translation>
    </message>
    <message>
        <location filename="../ui/search/facetmodel.cpp" line="19"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/search/facetmodel.cpp" line="20"/>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../ui/search/facetmodel.cpp" line="20"/>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../ui/search/facetmodel.cpp" line="21"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../ui/search/facetmodel.cpp" line="21"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/facetmodel.cpp" line="97"/>
        <source>Show only these %n article(s)</source>
        <translation>
            <numerusform>只显示这 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::FacsimileDock</name>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="175"/>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="232"/>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="262"/>
        <source>No article is shown.</source>
        <translation>未显示文章。</translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="202"/>
        <source>Page Image</source>
        <translation>版面原图</translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="203"/>
        <source>Show &amp;Page Image</source>
        <translation>显示版面原图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="204"/>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="205"/>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="206"/>
        <source>Fit Page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="207"/>
        <source>&amp;Locate…</source>
        <translation>定位文件(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="270"/>
        <source>No page image: this article comes from a text page (%1), not from a PDF.</source>
        <translation>没有版面原图：此文章来自文本版面（%1），而非 PDF。</translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="278"/>
        <source>Locate the file to see the page image again.</source>
        <translation>请定位该文件，以重新查看版面原图。</translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="339"/>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="346"/>
        <source>Locate %1</source>
        <translation>定位 %1</translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimiledock.cpp" line="341"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>kanbao::FacsimileView</name>
    <message>
        <location filename="../ui/facsimile/facsimileview.cpp" line="215"/>
        <source>No page image for this article</source>
        <translation>此文章没有版面图像</translation>
    </message>
    <message>
        <location filename="../ui/facsimile/facsimileview.cpp" line="357"/>
        <source>Rendering the page…</source>
        <translation>正在渲染版面…</translation>
    </message>
</context>
<context>
    <name>kanbao::HandbookWindow</name>
    <message>
        <location filename="../ui/handbookwindow.cpp" line="76"/>
        <location filename="../ui/handbookwindow.cpp" line="90"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/handbookwindow.cpp" line="87"/>
        <source>Kanbao Handbook</source>
        <translation>看报使用手册</translation>
    </message>
</context>
<context>
    <name>kanbao::HelpActions</name>
    <message>
        <location filename="../ui/handbookwindow.cpp" line="143"/>
        <source>Kanbao &amp;Handbook</source>
        <translation>看报使用手册(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/handbookwindow.cpp" line="144"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>kanbao::HistogramWidget</name>
    <message>
        <location filename="../ui/search/histogramwidget.cpp" line="119"/>
        <source>No hits over time to show</source>
        <translation>没有可显示的命中时间分布</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/histogramwidget.cpp" line="189"/>
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1：%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/histogramwidget.cpp" line="190"/>
        <source>%n issue(s) in the library</source>
        <translation>
            <numerusform>文库中有 %n 期报纸</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/histogramwidget.cpp" line="191"/>
        <source>Click to show only this period, drag to show a span</source>
        <translation>单击即可只显示这一时段，拖动可显示一段时间范围</translation>
    </message>
</context>
<context>
    <name>kanbao::ImportRate</name>
    <message>
        <location filename="../ui/importrate.cpp" line="44"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/importrate.cpp" line="46"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/importrate.cpp" line="47"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../ui/importrate.cpp" line="56"/>
        <source>%1 pages/s</source>
        <translation>每秒 %1 版</translation>
    </message>
    <message>
        <location filename="../ui/importrate.cpp" line="57"/>
        <source>%1, about %2 left</source>
        <translation>%1，约剩 %2</translation>
    </message>
</context>
<context>
    <name>kanbao::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard.cpp" line="85"/>
        <location filename="../ui/importwizard.cpp" line="389"/>
        <source>Import Archive Folder</source>
        <translation>导入报纸文件夹</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="99"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="101"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="103"/>
        <source>The folder %1 cannot be read: you do not have permission to open it.</source>
        <translation>无法读取文件夹 %1：您没有打开它的权限。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="106"/>
        <source>Cannot import this folder</source>
        <translation>无法导入此文件夹</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="108"/>
        <source>Choose a folder that holds the page text files.</source>
        <translation>请选择存放版面文本文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="350"/>
        <source>Reading %1 of %2 files…</source>
        <translation>正在读取第 %1 个文件，共 %2 个…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="364"/>
        <source>Imported %1 of %2 files.</source>
        <translation>已导入 %1 个文件，共 %2 个。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="365"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>正在导入 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="391"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="392"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="393"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="394"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="395"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="396"/>
        <source>Choose the archive folder</source>
        <translation>选择报纸文件夹</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="399"/>
        <source>Check what was found</source>
        <translation>检查扫描结果</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="403"/>
        <source>Preview the reconstruction</source>
        <translation>预览重建结果</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="549"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="602"/>
        <source>not an article (hidden, not deleted)</source>
        <translation>非文章（已隐藏，未删除）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="624"/>
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1，%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="626"/>
        <source>%1; %n correction(s), kept when the file is imported</source>
        <translation>
            <numerusform>%1；%n 处更正，导入文件时一并保存</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="632"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="633"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="634"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="635"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="662"/>
        <source>%1 — not corrected: %2</source>
        <translation>%1 — 未更正：%2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="705"/>
        <source>Split Article Here</source>
        <translation>从此处拆分文章</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="707"/>
        <source>Merge with Previous Article</source>
        <translation>与上一篇文章合并</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="709"/>
        <source>Merge with Next Article</source>
        <translation>与下一篇文章合并</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="711"/>
        <source>Take Paragraph As</source>
        <translation>将此段设为</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="714"/>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="715"/>
        <source>Headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="716"/>
        <source>Subheadline</source>
        <translation>副题</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="718"/>
        <source>Move Paragraph to Previous Article</source>
        <translation>将此段移到上一篇文章</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="720"/>
        <source>Move Paragraph to Next Article</source>
        <translation>将此段移到下一篇文章</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="722"/>
        <source>Not an Article</source>
        <translation>非文章</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="724"/>
        <source>An advertisement or page furniture: hidden from contents and search, not deleted</source>
        <translation>广告或版面装饰：从目录和搜索中隐藏，不删除</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="417"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="418"/>
        <source>Each file is saved as soon as it is read: stopping keeps what was imported.</source>
        <translation>每个文件读取后立即保存：中途停止也会保留已导入的内容。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="419"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="420"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="421"/>
        <source>Folder with page text files</source>
        <translation>存放版面文本文件的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="422"/>
        <source>You can also drop a folder on the Kanbao window.</source>
        <translation>也可以把文件夹拖放到看报窗口上。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="423"/>
        <source>&amp;Link to PDF files where they are instead of keeping a copy in the library</source>
        <translation>链接到原位置的 PDF 文件，不在文库中保留副本(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="424"/>
        <source>A copy keeps the page images when the originals are moved or deleted. A link saves space; a linked file that is moved or changed must be located again.</source>
        <translation>保留副本时，即使原文件被移动或删除，版面原图仍然可用。链接可节省空间；但被链接的文件若被移动或更改，就需要重新定位。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="426"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="469"/>
        <source>Looking for page files in %1…</source>
        <translation>正在 %1 中查找版面文件…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="486"/>
        <source>Cannot read the folder</source>
        <translation>无法读取文件夹</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="397"/>
        <source>Every page file (%1) in the folder and its subfolders is read.</source>
        <translation>将读取该文件夹及其子文件夹中的所有版面文件（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="401"/>
        <source>Dates read from the page header are reliable; guessed dates are shown in orange. Double-click a date or a paper to correct it, or choose one paper for the whole import below.</source>
        <translation>取自版头的日期是可靠的；推测的日期以橙色显示。双击日期或报纸即可更正，也可以在下方为整个导入指定同一份报纸。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="404"/>
        <source>The raw text of a file and the articles Kanbao rebuilt from it. Right-click an article to correct it: the corrections are kept with the pages when they are imported.</source>
        <translation>文件的原始文本及看报据此重建的文章。右键单击文章可更正：更正会随版面一起在导入时保存。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="407"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="408"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="427"/>
        <source>One &amp;paper for the whole import:</source>
        <translation>整个导入使用同一份报纸(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="428"/>
        <source>Every file of this import goes to the paper named here, instead of the one found for each file. The paper chosen last time is offered first.</source>
        <translation>本次导入的所有文件都归入此处指定的报纸，而不是为每个文件识别出的报纸。上次选择的报纸会排在最前面。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="488"/>
        <source>No page files (%1) were found in %2. Choose the folder that holds them.</source>
        <translation>在 %2 中没有找到版面文件（%1）。请选择存放这些文件的文件夹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="491"/>
        <source>%n file(s) can be imported.</source>
        <translation>
            <numerusform>可以导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="493"/>
        <source>%n file(s) cannot be read; they are listed in red.</source>
        <translation>
            <numerusform>%n 个文件无法读取，已用红色标出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="496"/>
        <source>%n other file(s) are not page files or are hidden; they are listed in grey and left out.</source>
        <translation>
            <numerusform>另有 %n 个文件不是版面文件或为隐藏文件；它们以灰色列出，不会导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="780"/>
        <source>Stopping after the current file…</source>
        <translation>当前文件完成后停止…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="796"/>
        <source>The import stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="806"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="806"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="806"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="811"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="812"/>
        <source>Unchanged</source>
        <translation>未改变</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="813"/>
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="814"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="816"/>
        <source>Not imported (stopped)</source>
        <translation>未导入（已停止）</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="816"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="831"/>
        <source>Imported: %1 · Unchanged: %2 · Replaced: %3 · Failed: %4</source>
        <translation>已导入：%1 · 未改变：%2 · 已替换：%3 · 失败：%4</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="837"/>
        <source>The import was stopped. What was imported before stays in the library.</source>
        <translation>导入已停止。此前已导入的内容保留在文库中。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="847"/>
        <source>Stop the import?</source>
        <translation>停止导入？</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="848"/>
        <source>Files imported so far stay in the library. Stop now?</source>
        <translation>已导入的文件会保留在文库中。现在停止吗？</translation>
    </message>
    <message>
        <location filename="../ui/importworkers.cpp" line="23"/>
        <source>The folder %1 cannot be read. Check that it exists and that you may open it, then choose it again.</source>
        <translation>无法读取文件夹 %1。请确认它存在且您有权打开，然后重新选择。</translation>
    </message>
    <message>
        <location filename="../ui/importworkers.cpp" line="48"/>
        <source>The scan was stopped.</source>
        <translation>扫描已停止。</translation>
    </message>
</context>
<context>
    <name>kanbao::Importer</name>
    <message>
        <location filename="../app/import/importer.cpp" line="111"/>
        <source>Unknown paper</source>
        <translation>未知报纸</translation>
    </message>
    <message>
        <location filename="../app/import/importer.cpp" line="613"/>
        <source>library %1 is damaged (%2); nothing was imported. Run kanbao-cli check --library %3 to see what is damaged and kanbao-cli repair --library %3 to repair it</source>
        <translation>文库 %1 已损坏（%2）；未导入任何内容。请运行 kanbao-cli check --library %3 查看损坏之处，并运行 kanbao-cli repair --library %3 进行修复</translation>
    </message>
</context>
<context>
    <name>kanbao::IssueContentsModel</name>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="172"/>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="174"/>
        <source>Commentary</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="176"/>
        <source>Brief</source>
        <translation>简讯</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="178"/>
        <source>Wire</source>
        <translation>通稿</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="179"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="191"/>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="192"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="204"/>
        <location filename="../ui/issuecontentsmodel.cpp" line="205"/>
        <source>Page %1</source>
        <translation>%1版</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/issuecontentsmodel.cpp" line="208"/>
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1（%n 篇文章）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="259"/>
        <source>Pages and articles</source>
        <translation>版面与文章</translation>
    </message>
</context>
<context>
    <name>kanbao::Language</name>
    <message>
        <location filename="../ui/language.cpp" line="21"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>kanbao::Lexer</name>
    <message>
        <location filename="../app/library/query.cpp" line="160"/>
        <source>Unknown field &quot;%1:&quot;. Fields are headline, byline, person, org, place, office, tag, paper, page, section, collection, from and to; to search for the text itself, put it in quotes.</source>
        <translation>未知字段“%1:”。可用字段有 headline、byline、person、org、place、office、tag、paper、page、section、collection、from 和 to；若要搜索这段文字本身，请给它加上引号。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="178"/>
        <source>The field &quot;%1:&quot; needs a value after the colon.</source>
        <translation>字段“%1:”的冒号后面需要一个值。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="201"/>
        <source>NEAR/n needs a distance n between 0 and %1, as in NEAR/5.</source>
        <translation>NEAR/n 需要一个介于 0 和 %1 之间的距离 n，例如 NEAR/5。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="223"/>
        <source>This quotation mark is never closed.</source>
        <translation>这个引号没有闭合。</translation>
    </message>
</context>
<context>
    <name>kanbao::Library</name>
    <message>
        <location filename="../app/library/library.cpp" line="187"/>
        <source>library %1 is locked by another program; try again when it has finished (%2)</source>
        <translation>文库 %1 被另一个程序锁定；请等它完成后再试（%2）</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="192"/>
        <source>library %1 is read-only (%2)</source>
        <translation>文库 %1 是只读的（%2）</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="196"/>
        <source>library %1 is damaged (%2); restore it from a backup or re-import into a new library</source>
        <translation>文库 %1 已损坏（%2）；请从备份恢复，或重新导入到一个新文库</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="201"/>
        <source>%1 is not a Kanbao library (%2)</source>
        <translation>%1 不是看报文库（%2）</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="205"/>
        <source>library %1 cannot be opened (%2)</source>
        <translation>无法打开文库 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="208"/>
        <source>library %1: the disk is full (%2)</source>
        <translation>文库 %1：磁盘已满（%2）</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="211"/>
        <source>library %1: read or write error (%2)</source>
        <translation>文库 %1：读写错误（%2）</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="214"/>
        <source>library %1: %2</source>
        <translation>文库 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="230"/>
        <location filename="../app/library/library.cpp" line="379"/>
        <source>library %1 cannot be opened: %2</source>
        <translation>无法打开文库 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="238"/>
        <source>%1 is not a Kanbao library (it is not an SQLite database)</source>
        <translation>%1 不是看报文库（它不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="240"/>
        <source>library %1 is damaged (the file is truncated)</source>
        <translation>文库 %1 已损坏（文件不完整）</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="254"/>
        <source>library %1 is damaged (the file is truncated: %2 of %3 bytes)</source>
        <translation>文库 %1 已损坏（文件不完整：只有 %2 字节，应为 %3 字节）</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="302"/>
        <source>library %1 was not upgraded: its backup %2 cannot be replaced</source>
        <translation>文库 %1 未升级：无法替换其备份 %2</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="311"/>
        <source>library %1 was not upgraded: its backup before the upgrade (%2) could not be written: %3</source>
        <translation>文库 %1 未升级：无法写入升级前的备份（%2）：%3</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="329"/>
        <source>%1 is a folder, not a Kanbao library</source>
        <translation>%1 是文件夹，不是看报文库</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="336"/>
        <source>%1 is an empty file, not a Kanbao library yet; import page files into it to create one</source>
        <translation>%1 是空文件，还不是看报文库；向其中导入版面文件即可创建文库</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="340"/>
        <source>library %1 is read-only; open it read-only or check its permissions</source>
        <translation>文库 %1 是只读的；请以只读方式打开，或检查其权限</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="344"/>
        <source>library %1 is in a read-only folder (%2), where its journal cannot be written; open it read-only or check the folder&apos;s permissions</source>
        <translation>文库 %1 位于只读文件夹（%2）中，无法写入其日志文件；请以只读方式打开，或检查该文件夹的权限</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="356"/>
        <source>library %1 does not exist</source>
        <translation>文库 %1 不存在</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="359"/>
        <source>cannot create the folder for library %1</source>
        <translation>无法为文库 %1 创建文件夹</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="419"/>
        <source>%1 is not a Kanbao library (it is another program&apos;s SQLite database)</source>
        <translation>%1 不是看报文库（它是其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="422"/>
        <source>library %1 was written by a newer version of Kanbao (schema version %2; this version knows up to %3). Update Kanbao to open it.</source>
        <translation>文库 %1 由更新版本的看报写入（结构版本 %2；本版本最高支持 %3）。请更新看报后再打开。</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="429"/>
        <source>library %1 needs an upgrade (schema version %2 to %3) but is opened read-only</source>
        <translation>文库 %1 需要升级（结构版本 %2 到 %3），但它是以只读方式打开的</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="440"/>
        <source>library %1: cannot set up the full-text index: %2</source>
        <translation>文库 %1：无法建立全文索引：%2</translation>
    </message>
    <message>
        <location filename="../app/library/library.cpp" line="465"/>
        <source>library %1 could not be upgraded (it stays at version %2): %3</source>
        <translation>文库 %1 无法升级（仍为版本 %2）：%3</translation>
    </message>
    <message>
        <location filename="../app/library/fts/cjktokenizer.cpp" line="505"/>
        <location filename="../app/library/fts/cjktokenizer.cpp" line="512"/>
        <source>The database connection is not open.</source>
        <translation>数据库连接未打开。</translation>
    </message>
    <message>
        <location filename="../app/library/fts/cjktokenizer.cpp" line="508"/>
        <source>The database connection is not an SQLite connection.</source>
        <translation>数据库连接不是 SQLite 连接。</translation>
    </message>
    <message>
        <location filename="../app/library/fts/cjktokenizer.cpp" line="515"/>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>此 SQLite 库不支持全文搜索（FTS5）。</translation>
    </message>
    <message>
        <location filename="../app/library/fts/cjktokenizer.cpp" line="522"/>
        <source>Could not register the full-text ranking function: %1</source>
        <translation>无法注册全文排序函数：%1</translation>
    </message>
    <message>
        <location filename="../app/library/fts/cjktokenizer.cpp" line="528"/>
        <source>Could not register the Chinese full-text tokenizer: %1</source>
        <translation>无法注册中文全文分词器：%1</translation>
    </message>
</context>
<context>
    <name>kanbao::LibraryChecker</name>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="110"/>
        <source>the integrity check itself fails: %1</source>
        <translation>完整性检查本身失败：%1</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="119"/>
        <source>the integrity check stopped: %1</source>
        <translation>完整性检查已中止：%1</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="126"/>
        <source>page tree %1</source>
        <translation>页树 %1</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="155"/>
        <source>table %1 cannot be read whole: %2</source>
        <translation>无法完整读取表 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/librarycheck.cpp" line="170"/>
        <source>%n row(s) of %1 refer to rows that do not exist</source>
        <translation>
            <numerusform>%1 中有 %n 行引用了不存在的行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="175"/>
        <source>the reference check fails: %1</source>
        <translation>引用检查失败：%1</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="187"/>
        <source>the full-text index does not match the articles: %1</source>
        <translation>全文索引与文章不一致：%1</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="328"/>
        <source>library %1 is open read-only; a repair writes</source>
        <translation>文库 %1 以只读方式打开；修复需要写入</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="334"/>
        <source>library %1 passes every check; nothing to repair</source>
        <translation>文库 %1 通过了所有检查；无需修复</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="343"/>
        <source>page tree</source>
        <translation>页树</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="353"/>
        <source>a copy of the library before the repair: %1</source>
        <translation>修复前的文库副本：%1</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="363"/>
        <source>indexes and the full-text index rebuilt; no rows lost</source>
        <translation>已重建索引和全文索引；没有丢失任何数据行</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="370"/>
        <source>rebuilding the indexes did not repair the library%1; recovering the rows</source>
        <translation>重建索引未能修复文库%1；正在恢复数据行</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="378"/>
        <source>%1 already exists; remove it or name another file for the recovered library</source>
        <translation>%1 已存在；请删除它，或为恢复的文库另起一个文件名</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="402"/>
        <location filename="../app/library/librarycheck.cpp" line="431"/>
        <source>writing the recovered library %1 failed: %2</source>
        <translation>写入恢复的文库 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="439"/>
        <source>the recovered library still fails the check: %1</source>
        <translation>恢复的文库仍未通过检查：%1</translation>
    </message>
    <message>
        <location filename="../app/library/librarycheck.cpp" line="440"/>
        <source>rows recovered into %1; the damaged library %2 is left as it was</source>
        <translation>数据行已恢复到 %1；已损坏的文库 %2 保持原样</translation>
    </message>
</context>
<context>
    <name>kanbao::LibraryReader</name>
    <message>
        <location filename="../ui/libraryreader.h" line="191"/>
        <source>This library cannot be changed.</source>
        <translation>此文库无法修改。</translation>
    </message>
</context>
<context>
    <name>kanbao::LibraryWriter</name>
    <message>
        <location filename="../app/library/librarywriter.cpp" line="787"/>
        <source>simulated failure after the articles of %1</source>
        <translation>在写入 %1 的文章后模拟失败</translation>
    </message>
</context>
<context>
    <name>kanbao::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>About Kanbao</source>
        <translation>关于看报</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>Kanbao %1
Read and annotate archives of Chinese local newspapers.</source>
        <translation>看报 %1
阅读并批注中国地方报纸档案。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="584"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>Recent &amp;Libraries</source>
        <translation>最近的文库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="586"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="587"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="589"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="592"/>
        <source>&amp;New Library…</source>
        <translation>新建文库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>&amp;Open Library…</source>
        <translation>打开文库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>&amp;Import Archive Folder…</source>
        <translation>导入报纸文件夹(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="595"/>
        <source>Import &amp;Sample Archive</source>
        <translation>导入示例报纸(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="596"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="597"/>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="598"/>
        <source>&amp;Copy Article with Citation</source>
        <translation>复制文章及出处(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="599"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="600"/>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>&amp;Offices over Time…</source>
        <translation>职务时间线(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="602"/>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="603"/>
        <source>&amp;Default Text Size</source>
        <translation>默认文字大小(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="604"/>
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605"/>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="606"/>
        <source>Next &amp;Issue</source>
        <translation>下一期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="607"/>
        <source>Previous I&amp;ssue</source>
        <translation>上一期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="608"/>
        <source>Next &amp;Month with Issues</source>
        <translation>下一个有报纸的月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609"/>
        <source>Previous M&amp;onth with Issues</source>
        <translation>上一个有报纸的月份(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="610"/>
        <source>&amp;Latest Issue</source>
        <translation>最新一期(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="611"/>
        <source>&amp;About Kanbao</source>
        <translation>关于看报(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="615"/>
        <source>Issues</source>
        <translation>报纸</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="616"/>
        <source>People, Organizations, Places</source>
        <translation>人物、机构、地点</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="617"/>
        <source>Also list the reporters and photographers named in the article&apos;s byline</source>
        <translation>同时列出文章署名中的记者和摄影记者</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="619"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="620"/>
        <source>Concordance</source>
        <translation>关键词语境</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="621"/>
        <source>Saved Searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="623"/>
        <source>Collections</source>
        <translation>专题集</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <source>◀ Previous month with issues</source>
        <translation>◀ 上一个有报纸的月份</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="628"/>
        <source>Next month with issues ▶</source>
        <translation>下一个有报纸的月份 ▶</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630"/>
        <source>Search the library (Ctrl+F)</source>
        <translation>搜索文库（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>This library is empty</source>
        <translation>此文库是空的</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="632"/>
        <source>Import a folder of newspaper page text files to start reading. Kanbao comes with a small sample archive of four pages to try it out.</source>
        <translation>导入一个存放报纸版面文本文件的文件夹即可开始阅读。看报附带一份四个版面的小型示例报纸，可供试用。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Import Sample Archive</source>
        <translation>导入示例报纸</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>Import Archive Folder…</source>
        <translation>导入报纸文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="685"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="687"/>
        <source>This library&apos;s file or folder cannot be written: you can read, search and export, but not import, tag or annotate.</source>
        <translation>无法写入此文库的文件或文件夹：您可以阅读、搜索和导出，但不能导入、加标签或批注。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="751"/>
        <source>Highlights and notes are not available: %1</source>
        <translation>高亮和笔记不可用：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="763"/>
        <source>%1 is read-only: reading, searching and exporting work; importing, tags and notes are off.</source>
        <translation>%1 是只读的：可以阅读、搜索和导出；导入、标签和笔记功能已关闭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="860"/>
        <source>Show journalists (%n)</source>
        <translation>
            <numerusform>显示记者（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="860"/>
        <source>Show journalists</source>
        <translation>显示记者</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1214"/>
        <source>Click a name to list every article that mentions it.</source>
        <translation>单击名称，列出提及它的所有文章。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1216"/>
        <source>Articles mentioning %1: reading the library…</source>
        <translation>提及“%1”的文章：正在读取文库…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1218"/>
        <source>Articles mentioning %1:</source>
        <translation>提及“%1”的文章：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1368"/>
        <source>The library is read-only</source>
        <translation>文库是只读的</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1369"/>
        <source>%1 cannot be written (its file or folder is read-only), so nothing can be imported into it. Make it writable, or create a new library with File ▸ New Library.</source>
        <translation>无法写入 %1（其文件或文件夹是只读的），因此不能向其中导入任何内容。请使其可写，或通过“文件 ▸ 新建文库”新建一个文库。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>Kanbao</source>
        <translation>看报</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="396"/>
        <source>Save search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="671"/>
        <source>%1 — Kanbao</source>
        <translation>%1 — 看报</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="681"/>
        <location filename="../ui/mainwindow.cpp" line="1363"/>
        <source>No library open</source>
        <translation>未打开文库</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="683"/>
        <source>%1 — %n article(s)</source>
        <translation>
            <numerusform>%1 — %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="737"/>
        <source>Cannot open library</source>
        <translation>无法打开文库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="738"/>
        <source>The library %1 could not be opened.

%2

Choose another library with File ▸ Open Library, or create a new one with File ▸ New Library.</source>
        <translation>无法打开文库 %1。

%2

请通过“文件 ▸ 打开文库”选择其他文库，或通过“文件 ▸ 新建文库”新建一个。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="741"/>
        <source>No reason was given.</source>
        <translation>未给出原因。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="822"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="834"/>
        <source>New Library</source>
        <translation>新建文库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="835"/>
        <source>Kanbao libraries (*.kanbao)</source>
        <translation>看报文库 (*.kanbao)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="841"/>
        <source>Cannot create library</source>
        <translation>无法创建文库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="842"/>
        <source>%1 already exists. Open it with File ▸ Open Library, or choose another name.</source>
        <translation>%1 已存在。请通过“文件 ▸ 打开文库”打开它，或换一个名称。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="851"/>
        <source>Open Library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="852"/>
        <source>Kanbao libraries (*.kanbao);;All files (*)</source>
        <translation>看报文库 (*.kanbao);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="890"/>
        <source>Import in progress</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="891"/>
        <source>An import is running. Stop it and quit? Files imported so far stay in the library.</source>
        <translation>导入正在进行。要停止并退出吗？已导入的文件会保留在文库中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="932"/>
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1（%n 篇文章）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="945"/>
        <source>No issue on %1: a gap in the archive</source>
        <translation>%1 没有报纸：档案中的缺期</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="947"/>
        <source>No issue on %1</source>
        <translation>%1 没有报纸</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="966"/>
        <source>The issue could not be read: %1</source>
        <translation>无法读取这一期：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="980"/>
        <source>This issue has no articles.</source>
        <translation>这一期没有文章。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="994"/>
        <source> (date guessed)</source>
        <translation>（日期为推测）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1027"/>
        <source>The article could not be read: %1</source>
        <translation>无法读取文章：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1062"/>
        <source>Last article of the issue</source>
        <translation>已是本期最后一篇</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1062"/>
        <source>First article of the issue</source>
        <translation>已是本期第一篇</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1096"/>
        <source>This is the latest issue</source>
        <translation>已是最新一期</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1096"/>
        <source>This is the earliest issue</source>
        <translation>已是最早一期</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1113"/>
        <source>Article copied with its citation</source>
        <translation>文章已连同出处复制</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1226"/>
        <source>No articles match “%1”.</source>
        <translation>没有与“%1”匹配的文章。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1231"/>
        <location filename="../ui/mainwindow.cpp" line="1234"/>
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n 篇文章匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1230"/>
        <location filename="../ui/mainwindow.cpp" line="1235"/>
        <source>More than %n articles match</source>
        <translation>
            <numerusform>超过 %n 篇文章匹配</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1343"/>
        <source>Import Archive Folder</source>
        <translation>导入报纸文件夹</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1352"/>
        <source>No sample archive</source>
        <translation>没有示例报纸</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1353"/>
        <source>The sample archive was not found next to the program. Reinstall Kanbao, or import a folder of your own with File ▸ Import Archive Folder.</source>
        <translation>在程序旁没有找到示例报纸。请重新安装看报，或通过“文件 ▸ 导入报纸文件夹”导入您自己的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1364"/>
        <source>Open or create a library first (File ▸ Open Library or File ▸ New Library).</source>
        <translation>请先打开或新建文库（文件 ▸ 打开文库 或 文件 ▸ 新建文库）。</translation>
    </message>
</context>
<context>
    <name>kanbao::MarkdownFormat</name>
    <message>
        <location filename="../app/formats/textformats.cpp" line="56"/>
        <source>Markdown page</source>
        <translation>Markdown 版面</translation>
    </message>
</context>
<context>
    <name>kanbao::MentionChart</name>
    <message numerus="yes">
        <location filename="../ui/entities/mentionchart.cpp" line="39"/>
        <source>%n mention(s) from %1 to %2</source>
        <translation>
            <numerusform>%1 至 %2 提及 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/entities/mentionchart.cpp" line="73"/>
        <source>No mentions</source>
        <translation>没有提及</translation>
    </message>
</context>
<context>
    <name>kanbao::NoteCardDelegate</name>
    <message>
        <location filename="../ui/notes/notecarddelegate.cpp" line="137"/>
        <location filename="../ui/notes/annotationlistmodel.cpp" line="11"/>
        <source>Note on the article</source>
        <translation>文章笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notecarddelegate.cpp" line="142"/>
        <source>Paragraph %1 · %2</source>
        <translation>第 %1 段 · %2</translation>
    </message>
    <message>
        <location filename="../ui/notes/notecarddelegate.cpp" line="247"/>
        <source>Orphan</source>
        <translation>孤立</translation>
    </message>
</context>
<context>
    <name>kanbao::NotesBrowser</name>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="140"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="145"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="159"/>
        <source>All colors</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="267"/>
        <source>No library open</source>
        <translation>未打开文库</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="284"/>
        <source>No notes match these filters.</source>
        <translation>没有符合这些条件的笔记。</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="285"/>
        <source>No notes yet. Highlight text in an article to start.</source>
        <translation>还没有笔记。在文章中高亮文字即可开始。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notesbrowser.cpp" line="288"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notesbrowser.cpp" line="289"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notesbrowser.cpp" line="291"/>
        <source>%n orphan(s)</source>
        <translation>
            <numerusform>%n 条孤立笔记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="310"/>
        <source>Search highlights and notes</source>
        <translation>搜索高亮和笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="311"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="312"/>
        <source>Color:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="313"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="317"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="318"/>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="319"/>
        <source>Notes on articles</source>
        <translation>文章笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="320"/>
        <source>Orphans</source>
        <translation>孤立笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="324"/>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="325"/>
        <source>Issue date between</source>
        <translation>报纸日期介于</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="326"/>
        <source>Written between</source>
        <translation>写于</translation>
    </message>
</context>
<context>
    <name>kanbao::NotesController</name>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="124"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="124"/>
        <source>The change could not be written: %1</source>
        <translation>无法写入修改：%1</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="334"/>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="334"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="335"/>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="335"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="336"/>
        <source>&amp;Highlight Selection</source>
        <translation>高亮选区(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="337"/>
        <source>Highlight with &amp;Note</source>
        <translation>高亮并写笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="340"/>
        <source>Note on the &amp;Article</source>
        <translation>文章笔记(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="341"/>
        <source>&amp;Tag Articles…</source>
        <translation>为文章加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="342"/>
        <source>&amp;Manage Tags…</source>
        <translation>管理标签(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="343"/>
        <source>&amp;Export Notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="344"/>
        <source>&amp;Browse All Notes</source>
        <translation>浏览全部笔记(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="345"/>
        <source>Highlights and Notes</source>
        <translation>高亮和笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="346"/>
        <source>Notes Browser</source>
        <translation>笔记浏览器</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="347"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="349"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="351"/>
        <source>Highlight in &amp;Color</source>
        <translation>用颜色高亮(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="431"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="438"/>
        <source>Change Highlight Color</source>
        <translation>更改高亮颜色</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="448"/>
        <source>Edit Note on Highlight</source>
        <translation>编辑高亮笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="448"/>
        <source>Add Note to Highlight</source>
        <translation>为高亮添加笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="455"/>
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="474"/>
        <source>Open or select an article to tag it.</source>
        <translation>请打开或选择一篇文章再加标签。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notescontroller.cpp" line="487"/>
        <source>Tags of %n article(s) saved</source>
        <translation>
            <numerusform>已保存 %n 篇文章的标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notescontroller.cpp" line="519"/>
        <source>%n note(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 条笔记导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="554"/>
        <source>“%1” in %2</source>
        <translation>%2中的“%1”</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="556"/>
        <source>Orphaned Note</source>
        <translation>孤立笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="557"/>
        <source>This note&apos;s article was replaced when its page was imported again, and the quoted text was not found in the new version. The note is kept with where it came from:

%1

Quote: %2
Note: %3</source>
        <translation>此笔记所属的文章在其版面重新导入时被替换，且在新版本中找不到所引用的文字。笔记连同其出处一并保留：

%1

引文：%2
笔记：%3</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="559"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>kanbao::NotesExporter</name>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="73"/>
        <source>No page image: the article was not found on page %1 of %2.</source>
        <translation>没有版面原图：在 %2 的第 %1 页上没有找到此文章。</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="76"/>
        <location filename="../app/notes/notesexporter.cpp" line="83"/>
        <location filename="../app/notes/notesexporter.cpp" line="552"/>
        <source>No page image: %1</source>
        <translation>没有版面原图：%1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="128"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="206"/>
        <location filename="../app/notes/notesexporter.cpp" line="211"/>
        <location filename="../app/notes/notesexporter.cpp" line="467"/>
        <location filename="../app/notes/notesexporter.cpp" line="722"/>
        <location filename="../app/notes/notesexporter.cpp" line="729"/>
        <location filename="../app/notes/notesexporter.cpp" line="750"/>
        <location filename="../app/notes/notesexporter.cpp" line="754"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="266"/>
        <source>tagged %1</source>
        <translation>标签为 %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="268"/>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="270"/>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="272"/>
        <source>up to %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="277"/>
        <source>articles %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="280"/>
        <source>colors %1</source>
        <translation>颜色 %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="282"/>
        <source>containing “%1”</source>
        <translation>包含“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="284"/>
        <source>All notes</source>
        <translation>全部笔记</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="285"/>
        <source>Notes %1</source>
        <translation>笔记 %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="336"/>
        <location filename="../app/notes/notesexporter.cpp" line="470"/>
        <source>Kanbao notes</source>
        <translation>看报笔记</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="338"/>
        <location filename="../app/notes/notesexporter.cpp" line="569"/>
        <source>Generated %1 by Kanbao %2</source>
        <translation>由看报 %2 生成于 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/notes/notesexporter.cpp" line="341"/>
        <location filename="../app/notes/notesexporter.cpp" line="564"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/notes/notesexporter.cpp" line="342"/>
        <location filename="../app/notes/notesexporter.cpp" line="565"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="347"/>
        <location filename="../app/notes/notesexporter.cpp" line="609"/>
        <source>Notes whose article is no longer in the library</source>
        <translation>所属文章已不在文库中的笔记</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="363"/>
        <location filename="../app/notes/notesexporter.cpp" line="632"/>
        <source>was in %1</source>
        <translation>原在 %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="365"/>
        <source>article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="367"/>
        <location filename="../app/notes/notesexporter.cpp" line="634"/>
        <source>Cite as: %1</source>
        <translation>引用为：%1</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="373"/>
        <location filename="../app/notes/notesexporter.cpp" line="638"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="378"/>
        <location filename="../app/notes/notesexporter.cpp" line="385"/>
        <location filename="../app/notes/notesexporter.cpp" line="675"/>
        <location filename="../app/notes/notesexporter.cpp" line="688"/>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="383"/>
        <source>%1 highlight</source>
        <translation>%1高亮</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="433"/>
        <source>%1: PDF export needs the GUI libraries initialised (QGuiApplication)</source>
        <translation>%1：导出 PDF 需要先初始化图形界面库（QGuiApplication）</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="438"/>
        <source>%1: no installed font keeps Chinese text searchable in a PDF; install fonts-arphic-uming or fonts-wqy-microhei</source>
        <translation>%1：没有已安装的字体能让 PDF 中的中文保持可搜索；请安装 fonts-arphic-uming 或 fonts-wqy-microhei</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="574"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="589"/>
        <source>no longer in the library</source>
        <translation>已不在文库中</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="667"/>
        <source>Page image: page %1 of %2</source>
        <translation>版面原图：%2 第 %1 页</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="722"/>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="729"/>
        <source>no new page</source>
        <translation>无法新建页面</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="747"/>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../app/notes/notesexporter.cpp" line="750"/>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF</translation>
    </message>
</context>
<context>
    <name>kanbao::NotesStore</name>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="185"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="191"/>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="207"/>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="215"/>
        <source>committing</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="258"/>
        <source>reading tags</source>
        <translation>读取标签</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="269"/>
        <location filename="../app/notes/notesstore.cpp" line="283"/>
        <source>reading a tag</source>
        <translation>读取标签</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="298"/>
        <source>reading an article&apos;s tags</source>
        <translation>读取文章的标签</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="309"/>
        <source>reading tagged articles</source>
        <translation>读取带标签的文章</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="321"/>
        <location filename="../app/notes/notesstore.cpp" line="351"/>
        <source>a tag needs a name</source>
        <translation>标签必须有名称</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="326"/>
        <location filename="../app/notes/notesstore.cpp" line="362"/>
        <source>&quot;%1&quot; is not a color</source>
        <translation>“%1”不是颜色</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="330"/>
        <location filename="../app/notes/notesstore.cpp" line="354"/>
        <source>a tag named &quot;%1&quot; already exists</source>
        <translation>名为“%1”的标签已存在</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="340"/>
        <source>creating tag &quot;%1&quot;</source>
        <translation>创建标签“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="355"/>
        <source>renaming a tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="376"/>
        <location filename="../app/notes/notesstore.cpp" line="386"/>
        <location filename="../app/notes/notesstore.cpp" line="465"/>
        <source>tag %1 does not exist</source>
        <translation>标签 %1 不存在</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="363"/>
        <source>recoloring a tag</source>
        <translation>更改标签颜色</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="145"/>
        <source>reading the issue dates</source>
        <translation>读取报纸日期</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="161"/>
        <source>reading the page file of article %1</source>
        <translation>读取文章 %1 的版面文件</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="394"/>
        <source>deleting tag &quot;%1&quot;</source>
        <translation>删除标签“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="454"/>
        <location filename="../app/notes/notesstore.cpp" line="472"/>
        <source>tagging articles</source>
        <translation>为文章加标签</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="460"/>
        <location filename="../app/notes/notesstore.cpp" line="602"/>
        <location filename="../app/notes/notesstore.cpp" line="638"/>
        <source>article %1 does not exist</source>
        <translation>文章 %1 不存在</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="500"/>
        <location filename="../app/notes/notesstore.cpp" line="548"/>
        <source>removing tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="529"/>
        <source>restoring tags</source>
        <translation>恢复标签</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="564"/>
        <source>reading an annotation</source>
        <translation>读取批注</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="577"/>
        <source>reading annotations</source>
        <translation>读取批注</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="596"/>
        <location filename="../app/notes/notesstore.cpp" line="690"/>
        <source>&quot;%1&quot; is not a highlight color (one of: %2)</source>
        <translation>“%1”不是高亮颜色（可选：%2）</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="606"/>
        <source>the range %1-%2 is not inside article %3 (%4 characters)</source>
        <translation>范围 %1-%2 不在文章 %3 之内（共 %4 个字符）</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="680"/>
        <source>storing an annotation</source>
        <translation>保存批注</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="704"/>
        <source>changing an annotation</source>
        <translation>修改批注</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="707"/>
        <location filename="../app/notes/notesstore.cpp" line="716"/>
        <source>annotation %1 does not exist</source>
        <translation>批注 %1 不存在</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="720"/>
        <source>deleting an annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="738"/>
        <location filename="../app/notes/notesstore.cpp" line="748"/>
        <source>reading an article</source>
        <translation>读取文章</translation>
    </message>
    <message>
        <location filename="../app/notes/notesstore.cpp" line="820"/>
        <location filename="../app/notes/notesstore.cpp" line="825"/>
        <source>querying notes</source>
        <translation>查询笔记</translation>
    </message>
</context>
<context>
    <name>kanbao::OfficeGantt</name>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="201"/>
        <source>No offices to show</source>
        <translation>没有可显示的职务</translation>
    </message>
</context>
<context>
    <name>kanbao::OfficeTermModel</name>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="92"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="94"/>
        <source>Office</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="96"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="98"/>
        <source>First</source>
        <translation>最早</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="100"/>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="102"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
</context>
<context>
    <name>kanbao::PageFileLocation</name>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="63"/>
        <source>The linked file %1 was moved or deleted.</source>
        <translation>链接的文件 %1 已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="65"/>
        <source>The linked file %1 changed since it was imported: its pages no longer match the articles.</source>
        <translation>链接的文件 %1 在导入后已更改：其页面与文章不再对应。</translation>
    </message>
</context>
<context>
    <name>kanbao::PageFormats</name>
    <message>
        <location filename="../app/formats/pageformats.cpp" line="76"/>
        <source>Page files (%1)</source>
        <translation>版面文件（%1）</translation>
    </message>
    <message>
        <location filename="../app/formats/pageformats.cpp" line="107"/>
        <location filename="../app/formats/pageformats.cpp" line="120"/>
        <source>not a page file Kanbao can read</source>
        <translation>不是看报能读取的版面文件</translation>
    </message>
    <message>
        <location filename="../app/formats/pageformat.cpp" line="29"/>
        <source>the file has no page %1</source>
        <translation>文件没有第 %1 页</translation>
    </message>
</context>
<context>
    <name>kanbao::PageListModel</name>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="49"/>
        <source>The date was guessed at import; confirm or correct it</source>
        <translation>日期是导入时推测的；请确认或更正</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="68"/>
        <source>%1, page %2</source>
        <translation>%1，第 %2 页</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="74"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="75"/>
        <source>%1 (guessed)</source>
        <translation>%1（推测）</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="95"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="97"/>
        <source>Paper</source>
        <translation>报纸</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="99"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="101"/>
        <source>Page</source>
        <translation>版次</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagelistmodel.cpp" line="103"/>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
</context>
<context>
    <name>kanbao::PageMetadataController</name>
    <message>
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="78"/>
        <source>Page &amp;Metadata…</source>
        <translation>版面信息(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="79"/>
        <source>Correct the paper, date, page label or section of this page, its issue, or every page of its folder, its paper or an import at once</source>
        <translation>一次更正本版面、本期、其文件夹、其报纸或某次导入的所有版面的报名、日期、版次或栏目</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="81"/>
        <source>Con&amp;firm Date</source>
        <translation>确认日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="82"/>
        <source>The date guessed at import is right: it is no longer shown as guessed</source>
        <translation>导入时推测的日期是正确的：不再将其显示为推测</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="117"/>
        <source>This page</source>
        <translation>此版面</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="129"/>
        <source>The pages of this issue (%n)</source>
        <translation>
            <numerusform>本期的版面（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="130"/>
        <source>Every page of the folder %1 (%n)</source>
        <translation>
            <numerusform>文件夹 %1 中的所有版面（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="134"/>
        <source>Every page of the paper %1 (%n)</source>
        <translation>
            <numerusform>报纸 %1 的所有版面（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="158"/>
        <source>Every page of import #%1 (%2) from %3 (%n)</source>
        <translation>
            <numerusform>第 %1 次导入（%2）来自 %3 的所有版面（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="197"/>
        <source>The date of this page was not guessed: there is nothing to confirm.</source>
        <translation>此版面的日期不是推测的：无需确认。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatacontroller.cpp" line="215"/>
        <source>%n page(s) corrected; Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>已更正 %n 个版面；可通过“编辑 ▸ 撤销”恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::PageMetadataDialog</name>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="30"/>
        <source>Page Metadata</source>
        <translation>版面信息</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="34"/>
        <source>&amp;Pages:</source>
        <translation>版面(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="58"/>
        <source>Set on every chosen page (fields not ticked stay as they are)</source>
        <translation>应用于所有选中的版面（未勾选的字段保持不变）</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="60"/>
        <source>Pape&amp;r:</source>
        <translation>报纸(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="68"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="74"/>
        <source>&amp;Confirm the guessed dates as they are</source>
        <translation>按原样确认推测的日期(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="77"/>
        <source>Page &amp;label:</source>
        <translation>版次(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="80"/>
        <source>A03</source>
        <translation>A03</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="82"/>
        <source>&amp;Section:</source>
        <translation>栏目(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="89"/>
        <source>&amp;Apply to Pages</source>
        <translation>应用到版面(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="90"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="165"/>
        <source>%n page(s) chosen</source>
        <translation>
            <numerusform>已选择 %n 个版面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/corrections/pagemetadatadialog.cpp" line="167"/>
        <source>; %n with a guessed date</source>
        <translation>
            <numerusform>；其中 %n 个的日期为推测</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::Parser</name>
    <message>
        <location filename="../app/library/query.cpp" line="285"/>
        <source>This closing parenthesis has no opening one.</source>
        <translation>这个右括号没有对应的左括号。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="317"/>
        <location filename="../app/library/query.cpp" line="332"/>
        <source>OR needs a word on each side.</source>
        <translation>OR 两边都需要有词。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="352"/>
        <location filename="../app/library/query.cpp" line="421"/>
        <source>NEAR needs a word on each side.</source>
        <translation>NEAR 两边都需要有词。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="358"/>
        <source>AND needs a word on each side.</source>
        <translation>AND 两边都需要有词。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="382"/>
        <source>NOT needs a word after it.</source>
        <translation>NOT 后面需要有词。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="383"/>
        <source>&quot;-&quot; needs a word right after it.</source>
        <translation>“-”后面需要紧跟一个词。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="391"/>
        <source>Two exclusions in a row (NOT NOT) cancel out; write the word alone.</source>
        <translation>连续两个排除（NOT NOT）会相互抵消；请直接写这个词。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="407"/>
        <source>NEAR joins words or phrases only, not groups, exclusions or fields.</source>
        <translation>NEAR 只能连接词或短语，不能连接分组、排除项或字段。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="438"/>
        <source>The parentheses are nested too deeply.</source>
        <translation>括号嵌套太深。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="443"/>
        <source>These parentheses are empty.</source>
        <translation>这对括号是空的。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="450"/>
        <source>This opening parenthesis is never closed.</source>
        <translation>这个左括号没有闭合。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="479"/>
        <source>&quot;%1:&quot; cannot be excluded; use the other end of the period instead.</source>
        <translation>“%1:”不能被排除；请改用时段的另一端。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="486"/>
        <source>&quot;%1&quot; is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>“%1”不是日期：请写成 YYYY、YYYY-MM 或 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/library/query.cpp" line="496"/>
        <source>Filters such as paper: or person: apply to the whole query: they cannot go inside OR, NEAR or parentheses.</source>
        <translation>paper: 或 person: 等筛选条件作用于整个查询：不能放在 OR、NEAR 或括号之内。</translation>
    </message>
</context>
<context>
    <name>kanbao::PdfFormat</name>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="163"/>
        <source>PDF page</source>
        <translation>PDF 版面</translation>
    </message>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="190"/>
        <location filename="../app/formats/pdfformat.cpp" line="219"/>
        <source>the PDF has no page %1</source>
        <translation>PDF 没有第 %1 页</translation>
    </message>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="201"/>
        <source>not a PDF file (no %PDF header)</source>
        <translation>不是 PDF 文件（没有 %PDF 文件头）</translation>
    </message>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="206"/>
        <source>the PDF is damaged: it cannot be opened</source>
        <translation>PDF 已损坏：无法打开</translation>
    </message>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="210"/>
        <source>the PDF is encrypted with a password; Kanbao cannot read it</source>
        <translation>PDF 已用密码加密；看报无法读取</translation>
    </message>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="215"/>
        <source>the PDF has no pages (it may be damaged)</source>
        <translation>PDF 没有页面（可能已损坏）</translation>
    </message>
    <message>
        <location filename="../app/formats/pdfformat.cpp" line="231"/>
        <source>page %1 of the PDF is damaged</source>
        <translation>PDF 的第 %1 页已损坏</translation>
    </message>
</context>
<context>
    <name>kanbao::Query</name>
    <message>
        <location filename="../app/library/query.cpp" line="611"/>
        <source>at character %1</source>
        <translation>位于第 %1 个字符处</translation>
    </message>
</context>
<context>
    <name>kanbao::RawTextFormat</name>
    <message>
        <location filename="../app/formats/textformats.cpp" line="36"/>
        <source>Page text</source>
        <translation>版面文本</translation>
    </message>
</context>
<context>
    <name>kanbao::SavedSearchModel</name>
    <message numerus="yes">
        <location filename="../ui/search/savedsearchmodel.cpp" line="28"/>
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — %n 条新结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/savedsearchmodel.cpp" line="30"/>
        <source>%1
%n article(s) match</source>
        <translation>
            <numerusform>%1
%n 篇文章匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanbao::SavedSearches</name>
    <message>
        <location filename="../app/library/searchlists.cpp" line="59"/>
        <source>A saved search needs a name.</source>
        <translation>保存的搜索必须有名称。</translation>
    </message>
    <message>
        <location filename="../app/library/searchlists.cpp" line="138"/>
        <location filename="../app/library/searchlists.cpp" line="149"/>
        <source>There is no such saved search.</source>
        <translation>没有这个已保存的搜索。</translation>
    </message>
</context>
<context>
    <name>kanbao::ScanTableModel</name>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="71"/>
        <source>New</source>
        <translation>新文件</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="73"/>
        <source>Already in the library</source>
        <translation>已在文库中</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="75"/>
        <source>Changed: will replace</source>
        <translation>已改变：将替换</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="77"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="79"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="88"/>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="90"/>
        <source>from the path</source>
        <translation>取自路径</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="92"/>
        <source>from the page header</source>
        <translation>取自版头</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="94"/>
        <source>guessed from the text</source>
        <translation>据正文推测</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="96"/>
        <source>guessed from the file time</source>
        <translation>据文件时间推测</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="98"/>
        <source>guessed from the other files</source>
        <translation>据其他文件推测</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="121"/>
        <source>Double-click to correct</source>
        <translation>双击即可更正</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="150"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="156"/>
        <source>yes (%1)</source>
        <translation>是（%1）</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="157"/>
        <source>no (%1)</source>
        <translation>否（%1）</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="160"/>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="162"/>
        <source>Cannot import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scantablemodel.cpp" line="164"/>
        <source>%1, %n article(s); %2</source>
        <translation>
            <numerusform>%1，%n 篇文章；%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scantablemodel.cpp" line="165"/>
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1，%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="247"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="249"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="251"/>
        <source>Paper</source>
        <translation>报纸</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="253"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="255"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="257"/>
        <source>Date guessed</source>
        <translation>日期推测</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="259"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>kanbao::Search</name>
    <message>
        <location filename="../app/library/search.cpp" line="57"/>
        <source>A search needs at least one word that is not excluded.</source>
        <translation>搜索至少需要一个未被排除的词。</translation>
    </message>
    <message>
        <location filename="../app/library/search.cpp" line="607"/>
        <source>This library has no search index (%1).</source>
        <translation>此文库没有搜索索引（%1）。</translation>
    </message>
    <message>
        <location filename="../app/library/search.cpp" line="558"/>
        <location filename="../app/library/search.cpp" line="609"/>
        <location filename="../app/library/search.cpp" line="1163"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../app/library/search.cpp" line="734"/>
        <source>The library is not open.</source>
        <translation>文库未打开。</translation>
    </message>
    <message>
        <location filename="../app/library/search.cpp" line="588"/>
        <source>Type a word to search for, or choose a filter.</source>
        <translation>请输入要搜索的词，或选择筛选条件。</translation>
    </message>
    <message>
        <location filename="../app/library/search.cpp" line="592"/>
        <source>The query has no searchable words.</source>
        <translation>查询中没有可搜索的词。</translation>
    </message>
    <message>
        <location filename="../app/library/search.cpp" line="868"/>
        <source>The query could not be understood: %1</source>
        <translation>无法理解查询：%1</translation>
    </message>
</context>
<context>
    <name>kanbao::SearchAsYouType</name>
    <message>
        <location filename="../ui/search/searchasyoutype.cpp" line="126"/>
        <source>Searching when you pause typing…</source>
        <translation>停止输入时即开始搜索…</translation>
    </message>
    <message>
        <location filename="../ui/search/searchasyoutype.cpp" line="127"/>
        <source>Results for “%1” — searching for the new query…</source>
        <translation>“%1”的结果——正在搜索新的查询…</translation>
    </message>
    <message>
        <location filename="../ui/search/searchasyoutype.cpp" line="129"/>
        <source>Press Enter to search.</source>
        <translation>按 Enter 键搜索。</translation>
    </message>
    <message>
        <location filename="../ui/search/searchasyoutype.cpp" line="130"/>
        <source>Results for “%1” — press Enter to search for the new query.</source>
        <translation>“%1”的结果——按 Enter 键搜索新的查询。</translation>
    </message>
</context>
<context>
    <name>kanbao::SearchOverview</name>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="32"/>
        <source>Best match</source>
        <translation>最佳匹配</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="33"/>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="34"/>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="35"/>
        <source>Order of the results</source>
        <translation>结果的排列顺序</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="38"/>
        <source>By year</source>
        <translation>按年</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="39"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="40"/>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="41"/>
        <source>Hits over time: one bar per year, month or day</source>
        <translation>命中的时间分布：每年、每月或每日一根柱</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="42"/>
        <source>Per issue</source>
        <translation>按期平均</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="43"/>
        <source>Divide each period&apos;s hits by the issues of that period in the library</source>
        <translation>将每个时段的命中数除以文库中该时段的报纸期数</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="44"/>
        <source>Concordance</source>
        <translation>关键词语境</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="46"/>
        <source>Every hit on a line of its own, in context</source>
        <translation>每处命中单独一行，连同上下文显示</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="55"/>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="57"/>
        <source>Keep this search in Saved Searches, which counts its new hits after imports</source>
        <translation>把此搜索保存到“已保存的搜索”中，每次导入后会统计其新命中</translation>
    </message>
    <message>
        <location filename="../ui/search/searchoverview.cpp" line="68"/>
        <source>Click a value to show only its articles</source>
        <translation>单击某个值即可只显示其文章</translation>
    </message>
</context>
<context>
    <name>kanbao::SelectionPopup</name>
    <message>
        <location filename="../ui/notes/selectionpopup.cpp" line="82"/>
        <source>Note…</source>
        <translation>笔记…</translation>
    </message>
    <message>
        <location filename="../ui/notes/selectionpopup.cpp" line="83"/>
        <source>Highlight the selection and write a note on it</source>
        <translation>高亮选区并为其写笔记</translation>
    </message>
</context>
<context>
    <name>kanbao::StoredFiles</name>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="45"/>
        <source>%1: cannot create the folder for the library&apos;s copies</source>
        <translation>%1：无法为文库的副本创建文件夹</translation>
    </message>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="50"/>
        <source>%1: the copy in %2 could not be written: %3</source>
        <translation>%1：无法写入 %2 中的副本：%3</translation>
    </message>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="76"/>
        <location filename="../app/library/storedfiles.cpp" line="85"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="163"/>
        <source>%1: no page of the library was imported from this file (nor is it a page or article id)</source>
        <translation>%1：文库中没有从此文件导入的版面（它也不是版面或文章 ID）</translation>
    </message>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="175"/>
        <source>%1 is not the file imported from %2: its content differs. Import it again to replace the pages with what it holds now.</source>
        <translation>%1 不是从 %2 导入的文件：两者内容不同。请重新导入，用它现在的内容替换这些版面。</translation>
    </message>
    <message>
        <location filename="../app/library/storedfiles.cpp" line="195"/>
        <source>%1: cannot link the pages of %2 to it: %3</source>
        <translation>%1：无法将 %2 的版面链接到此文件：%3</translation>
    </message>
</context>
<context>
    <name>kanbao::TagChipBar</name>
    <message>
        <location filename="../ui/notes/tagchipbar.cpp" line="94"/>
        <source>Every article tagged “%1”</source>
        <translation>所有带“%1”标签的文章</translation>
    </message>
</context>
<context>
    <name>kanbao::TagListModel</name>
    <message numerus="yes">
        <location filename="../ui/notes/taglistmodel.cpp" line="123"/>
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1：%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/taglistmodel.cpp" line="198"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/taglistmodel.cpp" line="200"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>kanbao::TagManagerDialog</name>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="109"/>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="202"/>
        <source>Cannot rename the tag</source>
        <translation>无法重命名标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="125"/>
        <source>Other Color…</source>
        <translation>其他颜色…</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="132"/>
        <source>Tag Color</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="160"/>
        <source>No library is open.</source>
        <translation>未打开文库。</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="166"/>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="169"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="187"/>
        <source>Cannot create the tag</source>
        <translation>无法创建标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="230"/>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="231"/>
        <source>Delete the tag “%1”? It is on %n article(s). You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>删除标签“%1”吗？它用于 %n 篇文章。可以通过“编辑 ▸ 撤销”恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="258"/>
        <source>Manage Tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="259"/>
        <source>&amp;New Tag</source>
        <translation>新建标签(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="260"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="261"/>
        <source>&amp;Color</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="262"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="263"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="264"/>
        <source>Double-click a name to rename it. Changes are saved at once; Ctrl+Z undoes them.</source>
        <translation>双击名称即可重命名。修改立即保存；按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>kanbao::TagPickerDialog</name>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="196"/>
        <source>No library is open.</source>
        <translation>未打开文库。</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="198"/>
        <source>No tags yet: type a name and press Enter to create one.</source>
        <translation>还没有标签：输入名称并按回车即可创建。</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="199"/>
        <source>Type to find a tag; Enter checks it or creates a new one.</source>
        <translation>输入以查找标签；按回车勾选或新建。</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="201"/>
        <source>OK will add %1 and remove %2.</source>
        <translation>点击“确定”将添加%1，移除%2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/tagpickerdialog.cpp" line="202"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="226"/>
        <source>Tag Articles</source>
        <translation>为文章加标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="228"/>
        <source>Tags of “%1”</source>
        <translation>“%1”的标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/tagpickerdialog.cpp" line="230"/>
        <source>Tags of %n article(s)</source>
        <translation>
            <numerusform>%n 篇文章的标签</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="231"/>
        <source>Tag name — Enter to check it or create it</source>
        <translation>标签名称 — 按回车勾选或创建</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="232"/>
        <source>Manage Tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="233"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="234"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>kanbao::TagRowFilter</name>
    <message>
        <location filename="../ui/notes/tagrowfilter.cpp" line="42"/>
        <location filename="../ui/notes/tagrowfilter.cpp" line="142"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagrowfilter.cpp" line="77"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagrowfilter.cpp" line="82"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagrowfilter.cpp" line="126"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>kanbao::TagsPanel</name>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="130"/>
        <source>Choose a tag to list its articles.</source>
        <translation>选择一个标签以列出其文章。</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="130"/>
        <source>No library open.</source>
        <translation>未打开文库。</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="160"/>
        <source>Articles tagged “%1” (%2):</source>
        <translation>带有标签“%1”的文章（%2）：</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="165"/>
        <source>Manage Tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="166"/>
        <source>Notes with This Tag</source>
        <translation>带此标签的笔记</translation>
    </message>
</context>
<context>
    <name>kanbao::TextDecoder</name>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="331"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="370"/>
        <source>binary data, not text</source>
        <translation>是二进制数据，不是文本</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/textdecoder.cpp" line="344"/>
        <source>the file starts with a UTF-8 byte order mark but is not valid UTF-8 (%n invalid sequence(s), the first at byte %1)</source>
        <translation>
            <numerusform>文件以 UTF-8 字节顺序标记开头，但不是有效的 UTF-8（%n 个无效序列，第一个位于第 %1 字节）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/textdecoder.cpp" line="359"/>
        <source>the file starts with a UTF-16 byte order mark but is not valid UTF-16 (%n invalid sequence(s), the first at byte %1)</source>
        <translation>
            <numerusform>文件以 UTF-16 字节顺序标记开头，但不是有效的 UTF-16（%n 个无效序列，第一个位于第 %1 字节）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/textdecoder.cpp" line="399"/>
        <source>not text in any supported encoding (UTF-8, UTF-16, GB18030/GBK): %n invalid sequence(s) as %1, the first at byte %2</source>
        <translation>
            <numerusform>不是任何受支持编码（UTF-8、UTF-16、GB18030/GBK）的文本：按 %1 解码有 %n 个无效序列，第一个位于第 %2 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="409"/>
        <source>the file holds no text</source>
        <translation>文件中没有文字</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="428"/>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="431"/>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="433"/>
        <source>a loop of symbolic links (or too many of them)</source>
        <translation>符号链接形成循环（或数量过多）</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="435"/>
        <source>the name or path is too long for the system</source>
        <translation>名称或路径对系统来说太长</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="437"/>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="439"/>
        <location filename="../app/text/textdecoder.cpp" line="473"/>
        <source>is a directory, not a page file</source>
        <translation>是文件夹，不是版面文件</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="441"/>
        <source>the file name cannot be represented on this system</source>
        <translation>文件名无法在此系统上表示</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="443"/>
        <source>read error (the disk or the network failed)</source>
        <translation>读取错误（磁盘或网络故障）</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="477"/>
        <source>is a named pipe (FIFO), not a page file</source>
        <translation>是命名管道（FIFO），不是版面文件</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="481"/>
        <source>is a device, not a page file</source>
        <translation>是设备，不是版面文件</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="485"/>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="490"/>
        <source>the file is too large for a newspaper page (%1 MB; the limit is %2 MB)</source>
        <translation>文件太大，不像一个报纸版面（%1 MB；上限为 %2 MB）</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="510"/>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../app/text/textdecoder.cpp" line="452"/>
        <source>the file is too large for a newspaper page (the limit is %1 MB)</source>
        <translation>文件太大，不像一个报纸版面（上限为 %1 MB）</translation>
    </message>
</context>
<context>
    <name>kanbao::TimelineWindow</name>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="315"/>
        <source>Offices over Time — %1</source>
        <translation>职务时间线 — %1</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="326"/>
        <source>Offices over Time</source>
        <translation>职务时间线</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="401"/>
        <location filename="../ui/timelinewindow.cpp" line="410"/>
        <source>Export Offices</source>
        <translation>导出职务</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="402"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="411"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="418"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="419"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="420"/>
        <source>Name of a person or organization; empty: everyone</source>
        <translation>人物或机构的名称；留空则显示全部</translation>
    </message>
    <message>
        <location filename="../ui/timelinewindow.cpp" line="421"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>kanbao::citation</name>
    <message>
        <location filename="../app/notes/citation.cpp" line="90"/>
        <location filename="../app/notes/citation.cpp" line="142"/>
        <source>[untitled]</source>
        <translation>[无标题]</translation>
    </message>
    <message>
        <location filename="../app/notes/citation.cpp" line="357"/>
        <source>GB/T 7714-2015</source>
        <translation>GB/T 7714-2015</translation>
    </message>
    <message>
        <location filename="../app/notes/citation.cpp" line="359"/>
        <source>Chicago</source>
        <translation>Chicago</translation>
    </message>
    <message>
        <location filename="../app/notes/citation.cpp" line="361"/>
        <source>RIS</source>
        <translation>RIS</translation>
    </message>
    <message>
        <location filename="../app/notes/citation.cpp" line="363"/>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <location filename="../app/notes/citation.cpp" line="365"/>
        <source>CSL-JSON</source>
        <translation>CSL-JSON</translation>
    </message>
</context>
<context>
    <name>kanbao::notes</name>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="168"/>
        <source>Tag articles</source>
        <translation>为文章加标签</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="44"/>
        <source>Reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="45"/>
        <source>Correspondent</source>
        <translation>通讯员</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="46"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="47"/>
        <source>Photo</source>
        <translation>摄影</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="79"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="80"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="81"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="82"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="83"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../app/notes/notestypes.cpp" line="84"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="129"/>
        <source>Create tag “%1”</source>
        <translation>创建标签“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="162"/>
        <source>Rename tag to “%1”</source>
        <translation>将标签重命名为“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="191"/>
        <source>Change tag color</source>
        <translation>更改标签颜色</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="222"/>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="220"/>
        <source>Delete tag “%1”</source>
        <translation>删除标签“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="247"/>
        <source>Tag %n article(s)</source>
        <translation>为 %n 篇文章加标签</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="248"/>
        <source>Untag %n article(s)</source>
        <translation>移除 %n 篇文章的标签</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="283"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="284"/>
        <source>Add highlight</source>
        <translation>添加高亮</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="310"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="311"/>
        <source>Change highlight color</source>
        <translation>更改高亮颜色</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="374"/>
        <source>Delete annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="371"/>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location filename="../app/notes/notescommands.cpp" line="372"/>
        <source>Delete highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="27"/>
        <source>Split article before “%1”</source>
        <translation>在“%1”之前拆分文章</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="30"/>
        <source>Merge article with the next</source>
        <translation>将文章与下一篇合并</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="33"/>
        <source>Set headline “%1”</source>
        <translation>设置标题“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="36"/>
        <source>Set kicker “%1”</source>
        <translation>设置引题“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="39"/>
        <source>Mark as not an article</source>
        <translation>标记为非文章</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="42"/>
        <source>Merge article with the previous</source>
        <translation>将文章与上一篇合并</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="45"/>
        <source>Set subheadline “%1”</source>
        <translation>设置副题“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="48"/>
        <source>Take “%1” as the kicker</source>
        <translation>将“%1”作为引题</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="51"/>
        <source>Take “%1” as the headline</source>
        <translation>将“%1”作为标题</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="54"/>
        <source>Take “%1” as the subheadline</source>
        <translation>将“%1”作为副题</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="57"/>
        <source>Set byline “%1”</source>
        <translation>设置署名“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="60"/>
        <source>Move “%1” to the previous article</source>
        <translation>将“%1”移至上一篇文章</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="63"/>
        <source>Move “%1” to the next article</source>
        <translation>将“%1”移至下一篇文章</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="66"/>
        <source>Set the page&apos;s paper to “%1”</source>
        <translation>将版面所属报纸设为“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="69"/>
        <source>Set the page&apos;s date to %1</source>
        <translation>将版面日期设为 %1</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="72"/>
        <source>Set the page&apos;s label to “%1”</source>
        <translation>将版面版次设为“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/correctioncommands.cpp" line="75"/>
        <source>Set the page&apos;s section to “%1”</source>
        <translation>将版面栏目设为“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/pagecorrectionscommand.cpp" line="23"/>
        <source>paper “%1”</source>
        <translation>报纸“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/pagecorrectionscommand.cpp" line="27"/>
        <source>date confirmed</source>
        <translation>日期已确认</translation>
    </message>
    <message>
        <location filename="../app/notes/pagecorrectionscommand.cpp" line="28"/>
        <source>date %1</source>
        <translation>日期 %1</translation>
    </message>
    <message>
        <location filename="../app/notes/pagecorrectionscommand.cpp" line="31"/>
        <source>page label “%1”</source>
        <translation>版次“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/pagecorrectionscommand.cpp" line="34"/>
        <source>section “%1”</source>
        <translation>栏目“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/notes/pagecorrectionscommand.cpp" line="41"/>
        <source>Set %1 on %n page(s)</source>
        <translation>
            <numerusform>更改 %n 个版面：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/notes/collectioncommands.cpp" line="18"/>
        <source>Add %n article(s) to “%1”</source>
        <translation>将 %n 篇文章加入“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/collectioncommands.cpp" line="75"/>
        <source>Rename collection to “%1”</source>
        <translation>将专题集重命名为“%1”</translation>
    </message>
    <message>
        <location filename="../app/notes/collectioncommands.cpp" line="99"/>
        <source>Delete collection “%1”</source>
        <translation>删除专题集“%1”</translation>
    </message>
</context>
<context>
    <name>kanbao::pageimage</name>
    <message>
        <location filename="../app/formats/pageimage.cpp" line="86"/>
        <source>%1: the PDF cannot be opened</source>
        <translation>%1：无法打开 PDF</translation>
    </message>
    <message>
        <location filename="../app/formats/pageimage.cpp" line="91"/>
        <source>%1: the PDF has no page %2</source>
        <translation>%1：PDF 中没有第 %2 页</translation>
    </message>
    <message>
        <location filename="../app/formats/pageimage.cpp" line="123"/>
        <source>%1: page %2 of the PDF could not be drawn</source>
        <translation>%1：无法渲染 PDF 的第 %2 页</translation>
    </message>
</context>
<context>
    <name>kanbao::pdflayout</name>
    <message>
        <location filename="../app/reconstruct/pdflayout.cpp" line="838"/>
        <source>no text layer — OCR is not supported</source>
        <translation>没有文字层 — 不支持 OCR</translation>
    </message>
</context>
<context>
    <name>kanbao::schema</name>
    <message>
        <location filename="../app/library/schema.cpp" line="229"/>
        <source>create papers, issues, pages, articles, full-text index, tags, annotations, entities and mentions</source>
        <translation>创建报纸、期次、版面、文章、全文索引、标签、批注、实体和提及</translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="232"/>
        <source>create the tables of entity decisions (merges, splits, ignored and added names)</source>
        <translation>创建实体处理决定的表（合并、拆分、忽略和添加的名称）</translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="235"/>
        <source>flag pages read only in part (invalid bytes replaced)</source>
        <translation>标记只读取了一部分的版面（已替换无效字节）</translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="237"/>
        <source>create the table of every office a mention states</source>
        <translation>创建记录每次提及所述职务的表</translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="239"/>
        <source>rebuild the full-text index with traditional and simplified characters folded alike; create saved searches and collections</source>
        <translation>重建全文索引，使繁体字与简体字视为相同；创建已保存的搜索和收藏集</translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="242"/>
        <source>create the table of the reader&apos;s corrections of pages; articles can be marked as not an article</source>
        <translation>创建读者对版面所作更正的表；可将文章标记为非文章</translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="245"/>
        <source>record every import and the import each page came from</source>
        <translation>记录每次导入及每个版面来自哪次导入</translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="279"/>
        <source>cannot start creating the library: %1</source>
        <translation>无法开始创建文库：%1</translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="319"/>
        <source>cannot start the upgrade to version %1: %2</source>
        <translation>无法开始升级到版本 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/library/schema.cpp" line="305"/>
        <location filename="../app/library/schema.cpp" line="349"/>
        <source>upgrade step %1 -&gt; %2 (%3) failed: %4</source>
        <translation>升级步骤 %1 -&gt; %2（%3）失败：%4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/commandline.cpp" line="10"/>
        <source>Open the library at &lt;path&gt;.</source>
        <translation>打开位于 &lt;path&gt; 的文库。</translation>
    </message>
    <message>
        <location filename="../ui/commandline.cpp" line="11"/>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../ui/commandline.cpp" line="17"/>
        <source>Read and annotate archives of Chinese local newspapers.</source>
        <translation>阅读并批注中国地方报纸档案。</translation>
    </message>
</context>
</TS>
