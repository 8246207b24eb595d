import os, re, sys, html
def text(p):
    s = open(p, encoding='utf8').read()
    s = re.sub(r'<(script|style)\b.*?</\1>', ' ', s, flags=re.S)
    s = re.sub(r'<[^>]+>', ' ', s)
    return ' '.join(html.unescape(s).split())
a, b = sys.argv[1], sys.argv[2]
diff = 0; n = 0
for root, _, fs in os.walk(a):
    for f in fs:
        if not f.endswith('.html'): continue
        pa = os.path.join(root, f); pb = os.path.join(b, os.path.relpath(pa, a)); n += 1
        if not os.path.exists(pb) or text(pa) != text(pb): diff += 1; print('DIFF', os.path.relpath(pa, a))
print(n, 'pages,', diff, 'differ')
