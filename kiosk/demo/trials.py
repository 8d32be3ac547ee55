"""CAF-site pages that ask the browser for what the borne must refuse.

``/permissions`` requests location, notifications, camera, microphone,
screen capture, full screen and clipboard reading; ``/glisser`` offers a
link to drag and a zone to drop files on. Each result is written where a
test can read it, never anything about the person.
"""

from __future__ import annotations

from kiosk.demo.html import page
from kiosk.demo.routing import DemoState, Response

#: (element id, label, JavaScript returning a promise of the request).
PERMISSION_REQUESTS: tuple[tuple[str, str, str], ...] = (
    (
        "geolocalisation",
        "Me localiser",
        "new Promise((ok, ko) => navigator.geolocation.getCurrentPosition(ok, ko,"
        " {timeout: 5000}))",
    ),
    (
        "notifications",
        "Recevoir des notifications",
        "Notification.requestPermission().then(r => { if (r !== 'granted') throw new Error(r); })",
    ),
    ("camera", "Utiliser la caméra", "navigator.mediaDevices.getUserMedia({video: true})"),
    ("micro", "Utiliser le micro", "navigator.mediaDevices.getUserMedia({audio: true})"),
    ("ecran", "Partager l'écran", "navigator.mediaDevices.getDisplayMedia({video: true})"),
    ("plein-ecran", "Plein écran", "document.documentElement.requestFullscreen()"),
    ("presse-papiers", "Lire le presse-papiers", "navigator.clipboard.readText()"),
)

_PERMISSION_SCRIPT = """
window.__permissions = {};
function demander(name, request) {
  const out = document.getElementById('resultat-' + name);
  out.dataset.etat = 'attente';
  let promise;
  try { promise = Promise.resolve(request()); } catch (e) { promise = Promise.reject(e); }
  promise.then(
    () => { window.__permissions[name] = 'accorde'; out.dataset.etat = 'accorde';
            out.textContent = 'accordé'; },
    (e) => { window.__permissions[name] = 'refuse'; out.dataset.etat = 'refuse';
             out.textContent = 'refusé (' + ((e && (e.name || e.message)) || e) + ')'; });
}
"""

_DROP_SCRIPT = """
const zone = document.getElementById('zone-depot');
zone.addEventListener('dragover', (e) => e.preventDefault());
zone.addEventListener('drop', (e) => {
  e.preventDefault();
  const out = document.getElementById('resultat-depot');
  out.dataset.fichiers = String(e.dataTransfer.files.length);
  out.dataset.types = Array.from(e.dataTransfer.types).join(' ');
  out.textContent = 'Déposé : ' + e.dataTransfer.files.length + ' fichier(s).';
  window.__depots = (window.__depots || 0) + 1;
});
"""


def permissions() -> Response:
    """Return the page whose buttons ask for every sensitive permission.

    Button ``#<name>`` writes into ``#resultat-<name>``: ``data-etat`` is
    ``accorde`` or ``refuse``; ``window.__permissions`` holds them all.
    """
    rows = "".join(
        f'<li><button id="{name}" onclick="demander(\'{name}\', () => {code})">{label}</button>'
        f' <span id="resultat-{name}" data-etat="">pas encore demandé</span></li>'
        for name, label, code in PERMISSION_REQUESTS
    )
    body = (
        '<p class="note">Chaque bouton demande une autorisation au navigateur. '
        "La borne doit toutes les refuser.</p>"
        f'<ul class="liens">{rows}</ul><script>{_PERMISSION_SCRIPT}</script>'
    )
    return Response.html(page("caf", "Autorisations", body))


def drag_and_drop(state: DemoState) -> Response:
    """Return a page with a link to drag (``#lien-glisser``) and a drop zone."""
    body = (
        f'<p><a id="lien-glisser" href="{state.url("ailleurs", "/")}">'
        "Lien à faire glisser (vers un site non autorisé)</a></p>"
        '<div id="zone-depot" style="height:160px;border:3px dashed #1f5fa8;'
        'padding:20px;background:#fff">Déposez un fichier ici</div>'
        '<p id="resultat-depot" data-fichiers="0" data-types="">Rien de déposé.</p>'
        f"<script>{_DROP_SCRIPT}</script>"
    )
    return Response.html(page("caf", "Glisser et déposer", body))
