<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kanbao::AnnotationsPanel</name>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="227" />
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="229" />
        <source>No article open</source>
        <translation>未打开文章</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="238" />
        <source>No highlights or notes yet</source>
        <translation>尚无高亮或笔记</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/annotationspanel.cpp" line="240" />
        <source>%n highlight(s)</source>
        <translation><numerusform>%n 处高亮</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/annotationspanel.cpp" line="241" />
        <source>%n note(s) on the article</source>
        <translation><numerusform>文章笔记 %n 条</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="245" />
        <source>Open a library to highlight articles and take notes.</source>
        <translation>打开文库后即可高亮文章、记笔记。</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="247" />
        <source>Open an article to see its highlights and notes.</source>
        <translation>打开一篇文章以查看其高亮和笔记。</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="249" />
        <source>Select text in the article and click a color above to highlight it. Right-click the selection for more.</source>
        <translation>在文章中选中文字，点击上方颜色即可高亮。右键单击选区可进行更多操作。</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="277" />
        <source>Add a note to this highlight…</source>
        <translation>为此高亮添加笔记…</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="277" />
        <source>Write a note on the article…</source>
        <translation>为文章写笔记…</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="306" />
        <source>No library is open.</source>
        <translation>未打开文库。</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="319" />
        <source>Select some text of the article first.</source>
        <translation>请先在文章中选中文字。</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="387" />
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="394" />
        <source>Copy Quote</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="398" />
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="401" />
        <location filename="../ui/notes/annotationspanel.cpp" line="440" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="435" />
        <source>Highlight:</source>
        <translation>高亮：</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="436" />
        <source>Highlight the text selected in the article</source>
        <translation>高亮文章中选中的文字</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="437" />
        <source>+ Note</source>
        <translation>+ 笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="438" />
        <source>Write a note on the whole article</source>
        <translation>为整篇文章写笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="439" />
        <source>Color:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../ui/notes/annotationspanel.cpp" line="441" />
        <source>Delete this annotation (it can be undone)</source>
        <translation>删除此批注（可撤销）</translation>
    </message>
</context>
<context>
    <name>kanbao::ArticleListModel</name>
    <message>
        <location filename="../ui/articlelistmodel.cpp" line="66" />
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../ui/articlelistmodel.cpp" line="74" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>kanbao::ArticleView</name>
    <message>
        <location filename="../ui/articleview.cpp" line="59" />
        <source>Reporter: %1</source>
        <translation>记者：%1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="61" />
        <source>Correspondent: %1</source>
        <translation>通讯员：%1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="63" />
        <source>Author: %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="65" />
        <source>Photo: %1</source>
        <translation>摄影：%1</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="79" />
        <source>page %1</source>
        <translation>%1版</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="111" />
        <source>Choose a day in the calendar and an article to read it.</source>
        <translation>在日历中选择一天，再选择一篇文章即可阅读。</translation>
    </message>
    <message>
        <location filename="../ui/articleview.cpp" line="132" />
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>kanbao::EntityModel</name>
    <message>
        <location filename="../ui/entitymodel.cpp" line="27" />
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="29" />
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="31" />
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="105" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="120" />
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="122" />
        <source>Click to list every article that mentions %1</source>
        <translation>单击列出提及“%1”的所有文章</translation>
    </message>
    <message>
        <location filename="../ui/entitymodel.cpp" line="150" />
        <source>Entities</source>
        <translation>实体</translation>
    </message>
</context>
<context>
    <name>kanbao::ExportNotesDialog</name>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="304" />
        <source>No library is open.</source>
        <translation>未打开文库。</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="322" />
        <source>No notes in this selection.</source>
        <translation>所选范围内没有笔记。</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="324" />
        <source>%1 from %2 will be exported (%3).</source>
        <translation>将导出来自%2的%1（%3）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/exportnotesdialog.cpp" line="325" />
        <source>%n note(s)</source>
        <translation><numerusform>%n 条笔记</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/exportnotesdialog.cpp" line="326" />
        <source>%n article(s)</source>
        <translation><numerusform>%n 篇文章</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="336" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="339" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="342" />
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="345" />
        <location filename="../ui/notes/exportnotesdialog.cpp" line="361" />
        <location filename="../ui/notes/exportnotesdialog.cpp" line="365" />
        <location filename="../ui/notes/exportnotesdialog.cpp" line="379" />
        <location filename="../ui/notes/exportnotesdialog.cpp" line="389" />
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="360" />
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="366" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="379" />
        <source>The notes could not be exported: %1</source>
        <translation>无法导出笔记：%1</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="390" />
        <source>Which notes</source>
        <translation>哪些笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="391" />
        <source>&amp;All notes in the library</source>
        <translation>文库中的全部笔记(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="392" />
        <source>On articles &amp;tagged</source>
        <translation>带有以下标签的文章(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="393" />
        <source>On issues &amp;dated</source>
        <translation>以下日期的报纸(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/exportnotesdialog.cpp" line="394" />
        <source>On the &amp;selected articles (%n)</source>
        <translation><numerusform>所选文章（%n 篇）(&amp;S)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="395" />
        <source>Include notes on whole articles</source>
        <translation>包括整篇文章的笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="396" />
        <source>Include orphaned notes (their article changed on re-import)</source>
        <translation>包括孤立笔记（其文章在重新导入时已改变）</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="397" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="398" />
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="399" />
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="400" />
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="401" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="402" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="403" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/notes/exportnotesdialog.cpp" line="404" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>kanbao::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard.cpp" line="52" />
        <location filename="../ui/importwizard.cpp" line="287" />
        <source>Import Archive Folder</source>
        <translation>导入报纸文件夹</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="66" />
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="68" />
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="70" />
        <source>The folder %1 cannot be read: you do not have permission to open it.</source>
        <translation>无法读取文件夹 %1：您没有打开它的权限。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="73" />
        <source>Cannot import this folder</source>
        <translation>无法导入此文件夹</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="75" />
        <source>Choose a folder that holds the page text files.</source>
        <translation>请选择存放版面文本文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="250" />
        <source>Reading %1 of %2 files…</source>
        <translation>正在读取第 %1 个文件，共 %2 个…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="262" />
        <source>Imported %1 of %2 files.</source>
        <translation>已导入 %1 个文件，共 %2 个。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="263" />
        <source>Importing %1 (%2 of %3)…</source>
        <translation>正在导入 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="289" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="290" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="291" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="292" />
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="293" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="294" />
        <source>Choose the archive folder</source>
        <translation>选择报纸文件夹</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="295" />
        <source>Every page text file (.txt, .md) in the folder and its subfolders is read.</source>
        <translation>将读取该文件夹及其子文件夹中的所有版面文本文件（.txt、.md）。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="296" />
        <source>Check what was found</source>
        <translation>检查扫描结果</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="298" />
        <source>Dates read from the page header are reliable; guessed dates are shown in orange. Double-click a date to correct it.</source>
        <translation>从版头读取的日期是可靠的；推测的日期以橙色显示。双击日期即可更正。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="300" />
        <source>Preview the reconstruction</source>
        <translation>预览重建结果</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="301" />
        <source>The raw text of a file and the articles Kanbao rebuilt from it.</source>
        <translation>文件的原始文本，以及看报据此重建的文章。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="302" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="303" />
        <source>Each file is saved as soon as it is read: stopping keeps what was imported.</source>
        <translation>每个文件读取后立即保存：中途停止也会保留已导入的内容。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="304" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="305" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="306" />
        <source>Folder with page text files</source>
        <translation>存放版面文本文件的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="307" />
        <source>You can also drop a folder on the Kanbao window.</source>
        <translation>也可以把文件夹拖放到看报窗口上。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="308" />
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="348" />
        <source>Looking for page files in %1…</source>
        <translation>正在 %1 中查找版面文件…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="364" />
        <source>Cannot read the folder</source>
        <translation>无法读取文件夹</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="366" />
        <source>No page text files were found in %1. Choose the folder that holds the .txt files.</source>
        <translation>在 %1 中没有找到版面文本文件。请选择存放 .txt 文件的文件夹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="369" />
        <source>%n file(s) can be imported.</source>
        <translation><numerusform>可以导入 %n 个文件。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="371" />
        <source>%n file(s) cannot be read; they are listed in red.</source>
        <translation><numerusform>%n 个文件无法读取，已用红色标出。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="417" />
        <source>%1: %2, %n article(s)</source>
        <translation><numerusform>%1：%2，%n 篇文章</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="448" />
        <source>Stopping after the current file…</source>
        <translation>当前文件完成后停止…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="472" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="472" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="472" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="477" />
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="478" />
        <source>Unchanged</source>
        <translation>未改变</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="479" />
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="480" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="481" />
        <source>Not imported (stopped)</source>
        <translation>未导入（已停止）</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="495" />
        <source>Imported: %1 · Unchanged: %2 · Replaced: %3 · Failed: %4</source>
        <translation>已导入：%1 · 未改变：%2 · 已替换：%3 · 失败：%4</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="501" />
        <source>The import was stopped. What was imported before stays in the library.</source>
        <translation>导入已停止。此前已导入的内容保留在文库中。</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="511" />
        <source>Stop the import?</source>
        <translation>停止导入？</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="512" />
        <source>Files imported so far stay in the library. Stop now?</source>
        <translation>已导入的文件会保留在文库中。现在停止吗？</translation>
    </message>
    <message>
        <location filename="../ui/importworkers.cpp" line="23" />
        <source>The folder %1 cannot be read. Check that it exists and that you may open it, then choose it again.</source>
        <translation>无法读取文件夹 %1。请确认它存在且您有权打开，然后重新选择。</translation>
    </message>
    <message>
        <location filename="../ui/importworkers.cpp" line="48" />
        <source>The scan was stopped.</source>
        <translation>扫描已停止。</translation>
    </message>
</context>
<context>
    <name>kanbao::IssueContentsModel</name>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="170" />
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="172" />
        <source>Commentary</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="174" />
        <source>Brief</source>
        <translation>简讯</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="176" />
        <source>Wire</source>
        <translation>通稿</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="177" />
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="189" />
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="190" />
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="202" />
        <location filename="../ui/issuecontentsmodel.cpp" line="203" />
        <source>Page %1</source>
        <translation>%1版</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/issuecontentsmodel.cpp" line="206" />
        <source>%1 (%n article(s))</source>
        <translation><numerusform>%1（%n 篇文章）</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/issuecontentsmodel.cpp" line="257" />
        <source>Pages and articles</source>
        <translation>版面与文章</translation>
    </message>
</context>
<context>
    <name>kanbao::Language</name>
    <message>
        <location filename="../ui/language.cpp" line="19" />
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>kanbao::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328" />
        <source>About Kanbao</source>
        <translation>关于看报</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329" />
        <source>Kanbao %1
Read and annotate archives of Chinese local newspapers.</source>
        <translation>看报 %1
阅读并批注中国地方报纸档案。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411" />
        <source>Recent &amp;Libraries</source>
        <translation>最近的文库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="416" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418" />
        <source>&amp;New Library…</source>
        <translation>新建文库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419" />
        <source>&amp;Open Library…</source>
        <translation>打开文库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420" />
        <source>&amp;Import Archive Folder…</source>
        <translation>导入报纸文件夹(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421" />
        <source>Import &amp;Sample Archive</source>
        <translation>导入示例报纸(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423" />
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424" />
        <source>&amp;Copy Article with Citation</source>
        <translation>复制文章及出处(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="426" />
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427" />
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="428" />
        <source>&amp;Default Text Size</source>
        <translation>默认文字大小(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="429" />
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="430" />
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431" />
        <source>Next &amp;Issue</source>
        <translation>下一期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432" />
        <source>Previous I&amp;ssue</source>
        <translation>上一期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433" />
        <source>Next &amp;Month with Issues</source>
        <translation>下一个有报纸的月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434" />
        <source>Previous M&amp;onth with Issues</source>
        <translation>上一个有报纸的月份(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="435" />
        <source>&amp;Latest Issue</source>
        <translation>最新一期(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="436" />
        <source>&amp;About Kanbao</source>
        <translation>关于看报(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440" />
        <source>Issues</source>
        <translation>报纸</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441" />
        <source>People, Organizations, Places</source>
        <translation>人物、机构、地点</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="442" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443" />
        <source>◀ Previous month with issues</source>
        <translation>◀ 上一个有报纸的月份</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445" />
        <source>Next month with issues ▶</source>
        <translation>下一个有报纸的月份 ▶</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="447" />
        <source>Search the library (Ctrl+F)</source>
        <translation>搜索文库（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="448" />
        <source>This library is empty</source>
        <translation>此文库是空的</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449" />
        <source>Import a folder of newspaper page text files to start reading. Kanbao comes with a small sample archive of four pages to try it out.</source>
        <translation>导入一个存放报纸版面文本文件的文件夹即可开始阅读。看报附带一份四个版面的小型示例报纸，可供试用。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451" />
        <source>Import Sample Archive</source>
        <translation>导入示例报纸</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452" />
        <source>Import Archive Folder…</source>
        <translation>导入报纸文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454" />
        <source>Click a name to list every article that mentions it.</source>
        <translation>单击名称，列出提及它的所有文章。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="456" />
        <location filename="../ui/mainwindow.cpp" line="929" />
        <source>Articles mentioning %1:</source>
        <translation>提及“%1”的文章：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483" />
        <source>Kanbao</source>
        <translation>看报</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="485" />
        <source>%1 — Kanbao</source>
        <translation>%1 — 看报</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495" />
        <location filename="../ui/mainwindow.cpp" line="955" />
        <source>No library open</source>
        <translation>未打开文库</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="497" />
        <source>%1 — %n article(s)</source>
        <translation><numerusform>%1 — %n 篇文章</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="545" />
        <source>Cannot open library</source>
        <translation>无法打开文库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="546" />
        <source>The library %1 could not be opened.

%2

Choose another library with File ▸ Open Library, or create a new one with File ▸ New Library.</source>
        <translation>无法打开文库 %1。

%2

请通过“文件 ▸ 打开文库”选择其他文库，或通过“文件 ▸ 新建文库”新建一个。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="549" />
        <source>No reason was given.</source>
        <translation>未给出原因。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="610" />
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="622" />
        <source>New Library</source>
        <translation>新建文库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="623" />
        <source>Kanbao libraries (*.kanbao)</source>
        <translation>看报文库 (*.kanbao)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="629" />
        <source>Cannot create library</source>
        <translation>无法创建文库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630" />
        <source>%1 already exists. Open it with File ▸ Open Library, or choose another name.</source>
        <translation>%1 已存在。请通过“文件 ▸ 打开文库”打开它，或换一个名称。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="639" />
        <source>Open Library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="640" />
        <source>Kanbao libraries (*.kanbao);;All files (*)</source>
        <translation>看报文库 (*.kanbao);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="667" />
        <source>Import in progress</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="668" />
        <source>An import is running. Stop it and quit? Files imported so far stay in the library.</source>
        <translation>导入正在进行。要停止并退出吗？已导入的文件会保留在文库中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="706" />
        <source>%1 (%n article(s))</source>
        <translation><numerusform>%1（%n 篇文章）</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="719" />
        <source>No issue on %1: a gap in the archive</source>
        <translation>%1 没有报纸：档案中的缺期</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="721" />
        <source>No issue on %1</source>
        <translation>%1 没有报纸</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="740" />
        <source>The issue could not be read: %1</source>
        <translation>无法读取这一期：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="755" />
        <source>This issue has no articles.</source>
        <translation>这一期没有文章。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="769" />
        <source> (date guessed)</source>
        <translation>（日期为推测）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="793" />
        <source>The article could not be read: %1</source>
        <translation>无法读取文章：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="827" />
        <source>Last article of the issue</source>
        <translation>已是本期最后一篇</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="827" />
        <source>First article of the issue</source>
        <translation>已是本期第一篇</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="861" />
        <source>This is the latest issue</source>
        <translation>已是最新一期</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="861" />
        <source>This is the earliest issue</source>
        <translation>已是最早一期</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="875" />
        <source>Article copied with its citation</source>
        <translation>文章已连同出处复制</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="893" />
        <source>No articles match “%1”.</source>
        <translation>没有与“%1”匹配的文章。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="896" />
        <source>%n article(s) match</source>
        <translation><numerusform>%n 篇文章匹配</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="897" />
        <source>More than %n articles match</source>
        <translation><numerusform>超过 %n 篇文章匹配</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="935" />
        <source>Import Archive Folder</source>
        <translation>导入报纸文件夹</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="944" />
        <source>No sample archive</source>
        <translation>没有示例报纸</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="945" />
        <source>The sample archive was not found next to the program. Reinstall Kanbao, or import a folder of your own with File ▸ Import Archive Folder.</source>
        <translation>在程序旁没有找到示例报纸。请重新安装看报，或通过“文件 ▸ 导入报纸文件夹”导入您自己的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="956" />
        <source>Open or create a library first (File ▸ Open Library or File ▸ New Library).</source>
        <translation>请先打开或新建文库（文件 ▸ 打开文库 或 文件 ▸ 新建文库）。</translation>
    </message>
</context>
<context>
    <name>kanbao::NoteCardDelegate</name>
    <message>
        <location filename="../ui/notes/notecarddelegate.cpp" line="137" />
        <location filename="../ui/notes/annotationlistmodel.cpp" line="11" />
        <source>Note on the article</source>
        <translation>文章笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notecarddelegate.cpp" line="242" />
        <source>Orphan</source>
        <translation>孤立</translation>
    </message>
</context>
<context>
    <name>kanbao::NotesBrowser</name>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="140" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="145" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="159" />
        <source>All colors</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="267" />
        <source>No library open</source>
        <translation>未打开文库</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="284" />
        <source>No notes match these filters.</source>
        <translation>没有符合这些条件的笔记。</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="285" />
        <source>No notes yet. Highlight text in an article to start.</source>
        <translation>还没有笔记。在文章中高亮文字即可开始。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notesbrowser.cpp" line="288" />
        <source>%n note(s)</source>
        <translation><numerusform>%n 条笔记</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notesbrowser.cpp" line="289" />
        <source>%n article(s)</source>
        <translation><numerusform>%n 篇文章</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notesbrowser.cpp" line="291" />
        <source>%n orphan(s)</source>
        <translation><numerusform>%n 条孤立笔记</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="310" />
        <source>Search highlights and notes</source>
        <translation>搜索高亮和笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="311" />
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="312" />
        <source>Color:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="313" />
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="317" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="318" />
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="319" />
        <source>Notes on articles</source>
        <translation>文章笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="320" />
        <source>Orphans</source>
        <translation>孤立笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="324" />
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="325" />
        <source>Issue date between</source>
        <translation>报纸日期介于</translation>
    </message>
    <message>
        <location filename="../ui/notes/notesbrowser.cpp" line="326" />
        <source>Written between</source>
        <translation>写于</translation>
    </message>
</context>
<context>
    <name>kanbao::NotesController</name>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="110" />
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="110" />
        <source>The change could not be written: %1</source>
        <translation>无法写入修改：%1</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="255" />
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="255" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="256" />
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="256" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="257" />
        <source>&amp;Highlight Selection</source>
        <translation>高亮选区(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="258" />
        <source>Highlight with &amp;Note</source>
        <translation>高亮并写笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="261" />
        <source>Note on the &amp;Article</source>
        <translation>文章笔记(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="262" />
        <source>&amp;Tag Articles…</source>
        <translation>为文章加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="263" />
        <source>&amp;Manage Tags…</source>
        <translation>管理标签(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="264" />
        <source>&amp;Export Notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="265" />
        <source>&amp;Browse All Notes</source>
        <translation>浏览全部笔记(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="266" />
        <source>Highlights &amp;&amp; Notes</source>
        <translation>高亮和笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="267" />
        <source>Notes Browser</source>
        <translation>笔记浏览器</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="268" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="270" />
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="272" />
        <source>Highlight in &amp;Color</source>
        <translation>用颜色高亮(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="349" />
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="356" />
        <source>Change Highlight Color</source>
        <translation>更改高亮颜色</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="366" />
        <source>Edit Note on Highlight</source>
        <translation>编辑高亮笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="366" />
        <source>Add Note to Highlight</source>
        <translation>为高亮添加笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="373" />
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="392" />
        <source>Open or select an article to tag it.</source>
        <translation>请打开或选择一篇文章再加标签。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notescontroller.cpp" line="405" />
        <source>Tags of %n article(s) saved</source>
        <translation><numerusform>已保存 %n 篇文章的标签</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/notescontroller.cpp" line="437" />
        <source>%n note(s) exported to %1</source>
        <translation><numerusform>已将 %n 条笔记导出到 %1</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="472" />
        <source>“%1” in %2</source>
        <translation>%2中的“%1”</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="474" />
        <source>Orphaned Note</source>
        <translation>孤立笔记</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="475" />
        <source>This note's article was replaced when its page was imported again, and the quoted text was not found in the new version. The note is kept with where it came from:

%1

Quote: %2
Note: %3</source>
        <translation>此笔记所属的文章在其版面重新导入时被替换，且在新版本中找不到所引用的文字。笔记连同其出处一并保留：

%1

引文：%2
笔记：%3</translation>
    </message>
    <message>
        <location filename="../ui/notes/notescontroller.cpp" line="477" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>kanbao::ScanTableModel</name>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="57" />
        <source>New</source>
        <translation>新文件</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="59" />
        <source>Already in the library</source>
        <translation>已在文库中</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="61" />
        <source>Changed: will replace</source>
        <translation>已改变：将替换</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="63" />
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="72" />
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="74" />
        <source>from the path</source>
        <translation>取自路径</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="76" />
        <source>from the page header</source>
        <translation>取自版头</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="78" />
        <source>guessed from the text</source>
        <translation>据正文推测</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="80" />
        <source>guessed from the file time</source>
        <translation>据文件时间推测</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="103" />
        <source>Double-click to correct</source>
        <translation>双击即可更正</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="126" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="132" />
        <source>yes (%1)</source>
        <translation>是（%1）</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="133" />
        <source>no (%1)</source>
        <translation>否（%1）</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="136" />
        <source>Cannot import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scantablemodel.cpp" line="137" />
        <source>%1, %n article(s)</source>
        <translation><numerusform>%1，%n 篇文章</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="187" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="189" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="191" />
        <source>Paper</source>
        <translation>报纸</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="193" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="195" />
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="197" />
        <source>Date guessed</source>
        <translation>日期推测</translation>
    </message>
    <message>
        <location filename="../ui/scantablemodel.cpp" line="199" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>kanbao::SelectionPopup</name>
    <message>
        <location filename="../ui/notes/selectionpopup.cpp" line="82" />
        <source>Note…</source>
        <translation>笔记…</translation>
    </message>
    <message>
        <location filename="../ui/notes/selectionpopup.cpp" line="83" />
        <source>Highlight the selection and write a note on it</source>
        <translation>高亮选区并为其写笔记</translation>
    </message>
</context>
<context>
    <name>kanbao::TagListModel</name>
    <message numerus="yes">
        <location filename="../ui/notes/taglistmodel.cpp" line="123" />
        <source>%1: %n article(s)</source>
        <translation><numerusform>%1：%n 篇文章</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/taglistmodel.cpp" line="198" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/taglistmodel.cpp" line="200" />
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>kanbao::TagManagerDialog</name>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="109" />
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="202" />
        <source>Cannot rename the tag</source>
        <translation>无法重命名标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="125" />
        <source>Other Color…</source>
        <translation>其他颜色…</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="132" />
        <source>Tag Color</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="160" />
        <source>No library is open.</source>
        <translation>未打开文库。</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="166" />
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="169" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="187" />
        <source>Cannot create the tag</source>
        <translation>无法创建标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="230" />
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="231" />
        <source>Delete the tag “%1”? It is on %n article(s). You can undo this with Edit ▸ Undo.</source>
        <translation><numerusform>删除标签“%1”吗？它用于 %n 篇文章。可以通过“编辑 ▸ 撤销”恢复。</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="258" />
        <source>Manage Tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="259" />
        <source>&amp;New Tag</source>
        <translation>新建标签(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="260" />
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="261" />
        <source>&amp;Color</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="262" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="263" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagmanagerdialog.cpp" line="264" />
        <source>Double-click a name to rename it. Changes are saved at once; Ctrl+Z undoes them.</source>
        <translation>双击名称即可重命名。修改立即保存；按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>kanbao::TagPickerDialog</name>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="167" />
        <source>Tag articles</source>
        <translation>为文章加标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="195" />
        <source>No library is open.</source>
        <translation>未打开文库。</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="197" />
        <source>No tags yet: type a name and press Enter to create one.</source>
        <translation>还没有标签：输入名称并按回车即可创建。</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="198" />
        <source>Type to find a tag; Enter checks it or creates a new one.</source>
        <translation>输入以查找标签；按回车勾选或新建。</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="200" />
        <source>OK will add %1 and remove %2.</source>
        <translation>点击“确定”将添加%1，移除%2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/tagpickerdialog.cpp" line="201" />
        <source>%n tag(s)</source>
        <translation><numerusform>%n 个标签</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="225" />
        <source>Tag Articles</source>
        <translation>为文章加标签</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="227" />
        <source>Tags of “%1”</source>
        <translation>“%1”的标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notes/tagpickerdialog.cpp" line="229" />
        <source>Tags of %n article(s)</source>
        <translation><numerusform>%n 篇文章的标签</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="230" />
        <source>Tag name — Enter to check it or create it</source>
        <translation>标签名称 — 按回车勾选或创建</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="231" />
        <source>Manage Tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="232" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagpickerdialog.cpp" line="233" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>kanbao::TagsPanel</name>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="130" />
        <source>Choose a tag to list its articles.</source>
        <translation>选择一个标签以列出其文章。</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="130" />
        <source>No library open.</source>
        <translation>未打开文库。</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="160" />
        <source>Articles tagged “%1” (%2):</source>
        <translation>带有标签“%1”的文章（%2）：</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="165" />
        <source>Manage Tags…</source>
        <translation>管理标签…</translation>
    </message>
    <message>
        <location filename="../ui/notes/tagspanel.cpp" line="166" />
        <source>Notes with This Tag</source>
        <translation>带此标签的笔记</translation>
    </message>
</context>
</TS>