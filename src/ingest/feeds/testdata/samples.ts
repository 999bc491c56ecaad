// Test-only: tiny valid feeds of each format, the seeds of the unit and fuzz tests.

export const RSS_SAMPLE = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Gadget Leaks</title>
    <link>https://leaks.example/</link>
    <item>
      <title>Pixel 9 Pro &amp; the Tensor G4</title>
      <link>https://leaks.example/2024/pixel-9-pro</link>
      <guid isPermaLink="false">leak-1</guid>
      <pubDate>Mon, 15 Jul 2024 08:00:00 GMT</pubDate>
      <dc:creator>Jo Writer</dc:creator>
      <description>A &lt;b&gt;short&lt;/b&gt; teaser.</description>
      <content:encoded><![CDATA[<p>The full <em>story</em>.</p>]]></content:encoded>
    </item>
  </channel>
</rss>
`;

export const ATOM_SAMPLE = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/blog/">
  <title type="text">Atom Leaks</title>
  <link rel="alternate" type="text/html" href="https://atom.example/"/>
  <link rel="self" href="https://atom.example/feed.xml"/>
  <author><name>Feed Author</name></author>
  <id>urn:uuid:feed</id>
  <updated>2024-07-16T10:00:00Z</updated>
  <entry>
    <title type="html">Galaxy &lt;i&gt;S25&lt;/i&gt; renders</title>
    <link rel="alternate" href="posts/galaxy-s25"/>
    <id>urn:uuid:entry-1</id>
    <published>2024-07-16T09:00:00+02:00</published>
    <updated>2024-07-17T09:00:00Z</updated>
    <summary>Short summary.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Renders <b>leaked</b> today.</p></div></content>
  </entry>
</feed>
`;

export const RDF_SAMPLE = `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/">
    <title>RDF Leaks</title>
    <link>https://rdf.example/</link>
    <items><rdf:Seq><rdf:li rdf:resource="https://rdf.example/xperia"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://rdf.example/xperia">
    <title>Xperia 1 VI at a Japanese carrier</title>
    <link>https://rdf.example/xperia</link>
    <dc:date>2024-05-02T12:00:00+09:00</dc:date>
    <dc:creator>Ken Tanaka</dc:creator>
    <description>Carrier listing spotted.</description>
  </item>
</rdf:RDF>
`;
