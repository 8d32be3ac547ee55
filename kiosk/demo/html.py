"""Page layout shared by every demo site: banner, inline style, escaping."""

from __future__ import annotations

from html import escape

BANNER_TEXT = "DÉMO — site fictif"

#: Accent colour per site, so a screenshot shows at a glance which one it is.
ACCENTS: dict[str, str] = {
    "caf": "#1f5fa8",
    "impots": "#2e6b3a",
    "connexion": "#4b3f9e",
    "ameli": "#0f7c8c",
    "ailleurs": "#a8321f",
}

STYLE = """
*{box-sizing:border-box}
body{margin:0;font-family:sans-serif;font-size:18px;line-height:1.5;color:#1b1b1b;
background:#f4f5f7}
#bandeau-demo{display:block;margin:0;padding:10px 16px;background:#ffd400;color:#000;
font-weight:bold;font-size:20px;text-align:center;border-bottom:4px solid #000;
letter-spacing:.05em}
header.site{padding:18px 24px;color:#fff;background:var(--accent)}
header.site h1{margin:0;font-size:28px}
header.site p{margin:4px 0 0}
main{max-width:900px;margin:0 auto;padding:24px}
a{color:var(--accent)}
ul.liens{list-style:none;padding:0;display:grid;
grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:10px}
ul.liens a,ul.liens button{display:block;width:100%;padding:12px 14px;background:#fff;
border:2px solid var(--accent);border-radius:8px;text-decoration:none;font-size:18px;
color:var(--accent);text-align:left;cursor:pointer}
form{background:#fff;padding:20px;border-radius:8px;border:1px solid #ccd}
label{display:block;margin-top:12px;font-weight:bold}
input[type=text],input[type=password],input[type=email]{width:100%;padding:10px;
font-size:18px;border:2px solid #889;border-radius:6px}
.bouton{display:inline-block;margin-top:18px;padding:12px 22px;font-size:18px;
background:var(--accent);color:#fff;border:0;border-radius:8px;text-decoration:none;
cursor:pointer}
.note{background:#fff;border-left:6px solid var(--accent);padding:12px 16px}
.resultat{font-size:22px;font-weight:bold}
pre{white-space:pre-wrap;word-break:break-all;background:#fff;padding:12px}
footer{text-align:center;color:#555;font-size:15px;padding:24px}
"""


def page(site: str, title: str, body: str, head: str = "") -> str:
    """Return a full demo page: banner on top, site header, ``body`` (trusted HTML).

    Args:
        site: Site name (``caf`` …) choosing the accent colour.
        title: Page heading, escaped here.
        body: Inner HTML of ``<main>``, already safe.
        head: Extra trusted HTML for ``<head>`` (meta refresh …).

    Returns:
        The HTML document.
    """
    accent = ACCENTS.get(site, "#444")
    names = {
        "caf": "Caisse d'allocations — démo",
        "impots": "Impôts — démo",
        "connexion": "Connexion d'identité — démo",
        "ameli": "Assurance maladie — démo",
        "ailleurs": "Site non autorisé (démo)",
    }
    site_name = names.get(site, "Services de démonstration")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} — {escape(site_name)} (démo)</title>"
        f"<style>:root{{--accent:{accent}}}{STYLE}</style>{head}</head>"
        f'<body data-site="{escape(site)}">'
        f'<p id="bandeau-demo" role="note">{BANNER_TEXT}</p>'
        f'<header class="site"><h1 id="nom-site">{escape(site_name)}</h1>'
        "<p>Site inventé pour essayer la borne. Rien n'y est réel.</p></header>"
        f'<main><h2 id="titre">{escape(title)}</h2>{body}</main>'
        "<footer>Service fictif de démonstration — aucune donnée n'est conservée.</footer>"
        "</body></html>\n"
    )


def links(items: list[tuple[str, str, str]]) -> str:
    """Return a list of links as ``<ul class=liens>``.

    Args:
        items: (element id, href, text); href and text are escaped here.

    Returns:
        The HTML list.
    """
    rows = "".join(
        f'<li><a id="{escape(i)}" href="{escape(href)}">{escape(text)}</a></li>'
        for i, href, text in items
    )
    return f'<ul class="liens">{rows}</ul>'
