"""A local stand-in for the release download server of tests/dist/run.sh.

    python3 serve.py ROOT VERSION PORT_FILE

Serves the folder ROOT on 127.0.0.1 (a free port, written to PORT_FILE) as
http.server does, and answers /latest like GitHub's releases/latest: a
redirect to /tag/vVERSION. It stops by itself after 15 minutes.
"""

import functools
import http.server
import sys
import threading


class Handler(http.server.SimpleHTTPRequestHandler):
    version = ""

    def do_GET(self):
        self._route(head=False)

    def do_HEAD(self):
        self._route(head=True)

    def _route(self, head):
        if self.path.rstrip("/").endswith("/latest") or self.path == "/latest":
            self.send_response(302)
            self.send_header("Location", f"/tag/v{self.version}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif "/tag/v" in self.path:
            body = b"release page\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)
        elif head:
            super().do_HEAD()
        else:
            super().do_GET()

    def log_message(self, format, *args):
        pass


def main():
    root, version, port_file = sys.argv[1:4]
    Handler.version = version
    handler = functools.partial(Handler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    import os

    os.replace(port_file + ".tmp", port_file)
    threading.Timer(900, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
