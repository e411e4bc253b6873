import base64, json, os, socket, struct, time, urllib.request
class CDP:
    def __init__(self, ws_url):
        host, rest = ws_url[len("ws://"):].split("/", 1)
        h, p = host.split(":")
        self.s = socket.create_connection((h, int(p)))
        key = base64.b64encode(os.urandom(16)).decode()
        self.s.send((f"GET /{rest} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        buf = b""
        while b"\r\n\r\n" not in buf:
            buf += self.s.recv(4096)
        self.buf = buf.split(b"\r\n\r\n", 1)[1]
        self.id = 0
    def _send(self, text):
        data = text.encode(); mask = os.urandom(4)
        hdr = bytes([0x81])
        n = len(data)
        if n < 126: hdr += bytes([0x80 | n])
        elif n < 65536: hdr += bytes([0x80 | 126]) + struct.pack(">H", n)
        else: hdr += bytes([0x80 | 127]) + struct.pack(">Q", n)
        self.s.send(hdr + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))
    def _read(self, n):
        while len(self.buf) < n:
            self.buf += self.s.recv(65536)
        out, self.buf = self.buf[:n], self.buf[n:]
        return out
    def _recv(self):
        msg = b""
        while True:
            b1, b2 = self._read(2)
            n = b2 & 0x7f
            if n == 126: n = struct.unpack(">H", self._read(2))[0]
            elif n == 127: n = struct.unpack(">Q", self._read(8))[0]
            msg += self._read(n)
            if b1 & 0x80: return msg.decode()
    def call(self, method, **params):
        self.id += 1; me = self.id
        self._send(json.dumps({"id": me, "method": method, "params": params}))
        while True:
            m = json.loads(self._recv())
            if m.get("id") == me:
                if "error" in m: raise RuntimeError(m["error"])
                return m.get("result")
    def js(self, expr):
        r = self.call("Runtime.evaluate", expression=expr, awaitPromise=True, returnByValue=True)
        return r["result"].get("value")
    def goto(self, url):
        self.call("Page.navigate", url=url); time.sleep(1.5)
        self.wait("document.readyState === 'complete'")
    def wait(self, cond, timeout=15):
        end = time.time() + timeout
        while time.time() < end:
            try:
                if self.js(cond): return True
            except Exception: pass
            time.sleep(0.3)
        raise TimeoutError(cond)
def page(port):
    for _ in range(50):
        try:
            tabs = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
            return CDP([t for t in tabs if t["type"] == "page"][0]["webSocketDebuggerUrl"])
        except Exception: time.sleep(0.3)


# ---------------------------------------------------------------------------------------------------------------
# A smoke journey in a real browser against a running console (see the module README for starting one beside a
# stack with the review-console client in the realm). Debian's chromium, started by this script headless:
#   python3 review-console/tools/browser_smoke.py http://localhost:8084
# It logs alice in through Keycloak's form, checks the skip link is the first Tab stop, registers an asset with a
# file through the htmx form, shows a validation error with the form swapped back, filters the list with htmx and
# switches the language. Exits non-zero on the first failed check. Creates one asset each run.
import subprocess, sys, tempfile

def main(base):
    profile = tempfile.mkdtemp(prefix="console-smoke-")
    browser = subprocess.Popen(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                                "--remote-debugging-port=9333", "--user-data-dir=" + profile, "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        p = page(9333)
        p.call("Page.enable"); p.call("Runtime.enable")
        p.goto(base + "/")
        p.wait("!!document.getElementById('username')")
        p.js("document.getElementById('username').value='alice'; document.getElementById('password').value='alice';"
             " document.querySelector('form').submit(); true")
        p.wait("location.href.startsWith('%s') && !!document.getElementById('current-user')" % base)
        check("logged in as alice", p.js("document.getElementById('current-user').dataset.username") == "alice")
        p.wait("document.readyState === 'complete' && typeof htmx !== 'undefined'")
        check("htmx loaded", bool(p.js("htmx.version")))
        p.call("Input.dispatchKeyEvent", type="keyDown", key="Tab", code="Tab", windowsVirtualKeyCode=9)
        p.call("Input.dispatchKeyEvent", type="keyUp", key="Tab", code="Tab", windowsVirtualKeyCode=9)
        check("skip link is the first Tab stop", p.js("document.activeElement.id") == "skip-link")

        p.goto(base + "/assets/new")
        p.js("(function(){const f=document.getElementById('register-form'); f.name.value='Smoke SCL';"
             " f.ownerDepartment.value='Dispatch'; f.ownerContact.value='d@east-grid.example';"
             " f.provinces.value='Jiangsu'; return true;})()")
        scl = tempfile.NamedTemporaryFile("w", suffix=".scd", delete=False)
        scl.write('<SCL xmlns="http://www.iec.ch/61850/2003/SCL"><Substation name="E"/><Communication>'
                  '<SubNetwork name="S"><ConnectedAP iedName="P1" apName="S1"><Address><P type="IP">10.20.30.12</P>'
                  '</Address></ConnectedAP></SubNetwork></Communication></SCL>')
        scl.close()
        doc = p.call("DOM.getDocument")
        node = p.call("DOM.querySelector", nodeId=doc["root"]["nodeId"], selector="#reg-file")
        p.call("DOM.setFileInputFiles", nodeId=node["nodeId"], files=[scl.name])
        p.js("document.getElementById('register-submit').click(); true")
        p.wait("location.pathname.startsWith('/assets/') && location.search.includes('notice')", 60)
        check("registered and graded", p.js("document.getElementById('grade-badge').dataset.level") != "")

        p.goto(base + "/assets/new")
        p.js("(function(){const f=document.getElementById('register-form'); f.name.value='x';"
             " f.ownerDepartment.value='d'; f.ownerContact.value=' ';"
             " document.getElementById('reg-contact').removeAttribute('required'); return true;})()")
        p.js("document.getElementById('register-submit').click(); true")
        p.wait("document.getElementById('register-errors') !== null", 15)
        check("validation error at the top and at the field, by label",
              p.js("document.getElementById('reg-contact-error') !== null"
                   " && document.getElementById('register-errors').textContent.includes('Owner contact')"))

        p.goto(base + "/assets")
        p.js("const q=document.getElementById('filter-q'); q.value='Smoke';"
             " q.dispatchEvent(new KeyboardEvent('keyup', {bubbles:true})); true")
        p.wait("location.search.includes('q=Smoke')", 10)
        check("filter updates the table", p.js("document.querySelectorAll('[data-testid=asset-row]').length") >= 1)

        p.js("document.getElementById('lang-zh').click(); true")
        time.sleep(1.5); p.wait("document.readyState === 'complete'")
        check("Chinese after the switch", p.js("document.documentElement.lang") == "zh")
        print("browser smoke: all checks passed")
    finally:
        browser.terminate()

def check(what, ok):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        sys.exit(1)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8084")
