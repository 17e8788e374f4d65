"""A small fault-injecting TCP proxy for the sync tests, on the loopback only: it forwards bytes
between a kiosk and PostgreSQL and, when asked, cuts the connection right after the server has
committed (dropping the server's COMMIT reply), or stops accepting connections altogether."""

import socket
import threading

HOST = "127.0.0.1"
#: PostgreSQL's CommandComplete message for COMMIT: 'C', length 11, "COMMIT\0".
COMMIT_REPLY = b"C\x00\x00\x00\x0bCOMMIT\x00"
MAX_CONNECTIONS = 64
IO_TIMEOUT = 30.0


class FaultProxy:
    def __init__(self, target_port: int, target_host: str = HOST):
        self.target = (target_host, target_port)
        self._listener = socket.create_server((HOST, 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._closed = threading.Event()
        self.down = False
        self._drops_armed = 0
        self.commits_dropped = 0
        self._accepter = threading.Thread(target=self._accept, name="proxy-accept", daemon=True)
        self._accepter.start()

    # -- faults ----------------------------------------------------------------------------------

    def drop_after_next_commit(self, times: int = 1) -> None:
        """Cut the connection after the server's next COMMIT reply, before the kiosk sees it."""
        with self._lock:
            self._drops_armed += times

    def go_down(self) -> None:
        """Refuse new connections and cut every open one (as if the server had stopped)."""
        self.down = True
        self._cut_all()

    def come_up(self) -> None:
        self.down = False

    def close(self) -> None:
        self._closed.set()
        self._cut_all()
        self._listener.close()
        self._accepter.join(5)
        for thread in list(self._threads):
            thread.join(5)

    # -- plumbing --------------------------------------------------------------------------------

    def _cut_all(self) -> None:
        with self._lock:
            sockets, self._open = self._open, []
        for sock in sockets:
            _shut(sock)

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                busy = len(self._open) >= 2 * MAX_CONNECTIONS
            if self.down or busy:
                _shut(client)
                continue
            try:
                server = socket.create_connection(self.target, timeout=IO_TIMEOUT)
            except OSError:
                _shut(client)
                continue
            self._pair(client, server)

    def _pair(self, client: socket.socket, server: socket.socket) -> None:
        for sock in (client, server):
            sock.settimeout(IO_TIMEOUT)
        with self._lock:
            self._open += [client, server]
            self._threads = [t for t in self._threads if t.is_alive()]
        for source, sink, watch in ((client, server, False), (server, client, True)):
            thread = threading.Thread(target=self._pump, args=(source, sink, watch), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _pump(self, source: socket.socket, sink: socket.socket, watch: bool) -> None:
        tail = b""
        try:
            while chunk := source.recv(65536):
                seen = tail + chunk
                if watch and COMMIT_REPLY in seen and self._take_drop():
                    break  # the server has committed; the kiosk never hears of it
                sink.sendall(chunk)
                tail = seen[-len(COMMIT_REPLY):]
        except OSError:
            pass
        finally:
            _shut(source)
            _shut(sink)

    def _take_drop(self) -> bool:
        with self._lock:
            if self._drops_armed <= 0:
                return False
            self._drops_armed -= 1
            self.commits_dropped += 1
            return True


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
