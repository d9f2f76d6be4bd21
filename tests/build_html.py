"""Write web-page reports for the tests, laid out as a university CMS publishes them:
navigation, breadcrumbs, the article title, a 发布时间/浏览次数 line, the article body
(one <p> per line, tab-separated lines as a table), 【打印】【关闭】, a footer.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

_HEAD = """<!DOCTYPE html>
<html><head>{meta}<title>{title}-信息公开网</title>
<style>body{{font-size:14px}} .nav li{{display:inline}}</style>
<script>var visits = 0; function addVisit() {{ visits += 1; }}</script>
</head><body>
<div class="header"><div class="logo">某某大学信息公开网</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/gk">信息公开</a></li>
<li><a href="/bg">年度报告</a></li><li><a href="/lx">联系我们</a></li></ul></div>
<div class="wrap"><div class="left-menu"><ul><li><a href="/a">基本信息</a></li>
<li><a href="/b">招生考试信息</a></li><li><a href="/c">财务信息</a></li></ul></div>
<div class="main"><div class="breadcrumb">当前位置：<a href="/">首页</a> &gt;
<a href="/bg">年度报告</a> &gt; 正文</div>
<div class="article"><h1 class="arti_title">{title}</h1>
<p class="arti_metas"><span>发布时间：2022-10-28 09:30</span>
<span>浏览次数：<span id="visits">128</span></span><span>来源：党政办公室</span></p>
<div class="wp_articlecontent">
"""
_TAIL = """</div>
<div class="tools">【<a href="javascript:window.print()">打印</a>】
【<a href="javascript:window.close()">关闭</a>】</div>
<div class="page-turn"><p>上一篇：<a href="/x">关于公布2021年信息公开工作年度报告的通知</a></p>
<p>下一篇：<a href="/y">信息公开目录</a></p></div>
</div></div></div>
<div class="footer"><p>版权所有 © 某某大学 地址：某某市某某路1号 邮编：100000</p>
<p>备案号：某ICP备00000000号</p></div>
</body></html>
"""
META = {
    "utf-8": '<meta charset="utf-8">',
    "gb2312": '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
}


def _body(lines: list[str]) -> str:
    out, index = [], 0
    while index < len(lines):
        if "\t" in lines[index]:
            rows = []
            while index < len(lines) and "\t" in lines[index]:
                cells = "".join(f"<td>{escape(c)}</td>" for c in lines[index].split("\t"))
                rows.append(f"<tr>{cells}</tr>")
                index += 1
            out.append('<table border="1"><tbody>' + "\n".join(rows) + "</tbody></table>")
            continue
        line = lines[index]
        out.append(f"<p>{escape(line)}</p>" if line.strip() else "<p>&nbsp;</p>")
        index += 1
    return "\n".join(out) + "\n"


def page(lines: list[str], charset: str = "utf-8", declare: bool = True) -> bytes:
    """The page's bytes: the first line is the article title, the rest its body."""
    meta = META[charset] if declare else ""
    head = _HEAD.format(meta=meta, title=escape(lines[0].strip()))
    text = head + _body(lines[1:]) + _TAIL
    return text.encode("gb18030" if charset == "gb2312" else charset)


def write_report(path: Path, lines: list[str], charset: str = "utf-8") -> Path:
    """Save the page of ``lines`` at ``path``."""
    path.write_bytes(page(lines, charset))
    return path
