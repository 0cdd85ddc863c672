//! Real web servers on 127.0.0.1 for the exchange's tests, started and stopped here:
//! nginx with its WebDAV modules (Debian's `nginx` and `libnginx-mod-http-dav-ext`), and
//! WsgiDAV (PyPI, in the virtual environment `scripts/setup` makes), each serving a
//! fresh folder; and a proxy that puts a failing network in front of either.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A port free on loopback a moment ago.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

/// Waits until something answers on the port.
fn wait_for(port: u16, child: &mut Child, what: &str, log: &Path) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!(
                "{what} exited ({status}) before answering:\n{}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{what} did not answer on port {port} within 20 s");
}

/// A web server serving a folder, stopped when dropped.
#[derive(Debug)]
pub struct Server {
    pub name: &'static str,
    /// The URL of the served folder's root, without a trailing slash.
    pub url: String,
    /// The folder it serves.
    pub root: PathBuf,
    child: Child,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    pub fn port(&self) -> u16 {
        self.url
            .rsplit(':')
            .next()
            .and_then(|p| p.split('/').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or(0)
    }

    /// nginx with WebDAV at `/` and a plain static site (GET only) of the same folder at
    /// `/static`.
    pub fn nginx() -> Server {
        Server::start_nginx(false)
    }

    /// The same over HTTPS, with a certificate of its own for 127.0.0.1 (made here with
    /// `openssl`); `certificate()` is the authority a client must trust.
    pub fn nginx_tls() -> Server {
        Server::start_nginx(true)
    }

    pub fn certificate(&self) -> PathBuf {
        self._dir.path().join("ca.pem")
    }

    fn start_nginx(tls: bool) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        std::fs::create_dir_all(&root).unwrap();
        let port = free_port();
        let d = dir.path().display();
        let module = [
            "/usr/lib/nginx/modules/ngx_http_dav_ext_module.so",
            "/usr/share/nginx/modules/ngx_http_dav_ext_module.so",
        ]
        .into_iter()
        .find(|m| Path::new(m).exists())
        .expect("nginx's dav-ext module is missing: run scripts/setup (libnginx-mod-http-dav-ext)");
        let listen = if tls {
            // A certificate authority of the test's own, and the server's certificate
            // for 127.0.0.1 signed by it.
            let openssl = |args: &[&str]| {
                let made = Command::new("openssl")
                    .args(args)
                    .current_dir(dir.path())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .expect("openssl runs");
                assert!(made.success(), "openssl {args:?} failed");
            };
            std::fs::write(
                dir.path().join("leaf.ext"),
                "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n",
            )
            .unwrap();
            openssl(&[
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=Caravan test CA",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
            ]);
            openssl(&[
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-subj",
                "/CN=127.0.0.1",
                "-keyout",
                "key.pem",
                "-out",
                "leaf.csr",
            ]);
            openssl(&[
                "x509",
                "-req",
                "-in",
                "leaf.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                "leaf.ext",
                "-out",
                "cert.pem",
            ]);
            format!("listen 127.0.0.1:{port} ssl; ssl_certificate {d}/cert.pem; ssl_certificate_key {d}/key.pem;")
        } else {
            format!("listen 127.0.0.1:{port};")
        };
        let config = format!(
            r#"daemon off;
master_process off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
load_module {module};
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    client_max_body_size 512m;
    types {{ application/octet-stream env; application/json json; }}
    server {{
        {listen}
        location / {{
            root {root};
            dav_methods PUT DELETE MKCOL COPY MOVE;
            dav_ext_methods PROPFIND OPTIONS;
            create_full_put_path on;
            dav_access user:rw group:rw all:r;
        }}
        location /static/ {{
            alias {root}/;
        }}
    }}
}}
"#,
            root = root.display()
        );
        let conf = dir.path().join("nginx.conf");
        std::fs::write(&conf, config).unwrap();
        let nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"]
            .into_iter()
            .find(|m| Path::new(m).exists())
            .expect("nginx is missing: run scripts/setup");
        let log = dir.path().join("error.log");
        let mut child = Command::new(nginx)
            .arg("-p")
            .arg(dir.path())
            .arg("-c")
            .arg(&conf)
            .arg("-e")
            .arg(&log)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nginx starts");
        wait_for(port, &mut child, "nginx", &log);
        Server {
            name: "nginx",
            url: format!("{}://127.0.0.1:{port}", if tls { "https" } else { "http" }),
            root,
            child,
            _dir: dir,
        }
    }

    /// WsgiDAV, anonymous, on its cheroot server.
    pub fn wsgidav() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        std::fs::create_dir_all(&root).unwrap();
        let port = free_port();
        let program = std::env::var_os("CARAVAN_WSGIDAV")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.tools/wsgidav/bin/wsgidav")
            });
        assert!(
            program.exists(),
            "{} is missing: run scripts/setup (it installs WsgiDAV from PyPI)",
            program.display()
        );
        let log = dir.path().join("wsgidav.log");
        let out = std::fs::File::create(&log).unwrap();
        let mut child = Command::new(&program)
            .args([
                "--host",
                "127.0.0.1",
                "--port",
                &port.to_string(),
                "--auth",
                "anonymous",
                "--server",
                "cheroot",
                "--no-config",
                "-q",
            ])
            .arg("--root")
            .arg(&root)
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out)
            .spawn()
            .expect("wsgidav starts");
        wait_for(port, &mut child, "wsgidav", &log);
        Server {
            name: "wsgidav",
            url: format!("http://127.0.0.1:{port}"),
            root,
            child,
            _dir: dir,
        }
    }
}

/// What the proxy does to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Passes it on untouched.
    Pass,
    /// Passes the request on, then sends back only part of the answer and hangs up.
    DropMidBody,
    /// Reads the request and says nothing for this long, then hangs up.
    Stall(Duration),
    /// Answers with this status itself (500, 503).
    Status(u16),
    /// Passes on only half of the request's body, then hangs up on both sides.
    CutRequest,
}

/// A proxy on loopback in front of a server, failing requests by a schedule: request
/// `n` (counted from 0) suffers `schedule[n % schedule.len()]`. Each request goes over
/// its own connection to the server (the proxy asks it to close), so faults fall on
/// requests, not on whichever connection a client happens to reuse.
#[derive(Debug)]
pub struct FaultyProxy {
    pub url: String,
    stop: Arc<AtomicBool>,
    /// Requests seen, and faults injected.
    pub requests: Arc<AtomicUsize>,
    pub faults: Arc<AtomicUsize>,
}

impl Drop for FaultyProxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accepting thread.
        let _ = TcpStream::connect(self.url.trim_start_matches("http://"));
    }
}

/// Reads one HTTP request: its head (to the blank line) and its body by Content-Length.
fn read_request(client: &mut TcpStream) -> Option<(Vec<u8>, Vec<u8>)> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match client.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return None,
        }
        if head.len() > 64 * 1024 {
            return None;
        }
    }
    let text = String::from_utf8_lossy(&head).to_ascii_lowercase();
    let length: usize = text
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    client.read_exact(&mut body).ok()?;
    Some((head, body))
}

/// The request's head with `Connection: close` in place of whatever it said.
fn closing(head: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(head);
    let mut out = String::new();
    for line in text.split("\r\n") {
        if line.is_empty() || line.to_ascii_lowercase().starts_with("connection:") {
            continue;
        }
        out.push_str(line);
        out.push_str("\r\n");
    }
    out.push_str("Connection: close\r\n\r\n");
    out.into_bytes()
}

fn serve(mut client: TcpStream, upstream: &str, fault: Fault) {
    let _ = client.set_read_timeout(Some(Duration::from_secs(30)));
    let Some((head, body)) = read_request(&mut client) else {
        return;
    };
    match fault {
        Fault::Stall(d) => {
            std::thread::sleep(d);
        }
        Fault::Status(code) => {
            let reason = if code == 503 {
                "Service Unavailable"
            } else {
                "Internal Server Error"
            };
            let _ = client.write_all(
                format!(
                    "HTTP/1.1 {code} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                )
                .as_bytes(),
            );
        }
        Fault::CutRequest => {
            if let Ok(mut server) = TcpStream::connect(upstream) {
                let _ = server.write_all(&closing(&head));
                let _ = server.write_all(&body[..body.len() / 2]);
                let _ = server.shutdown(Shutdown::Both);
            }
        }
        Fault::Pass | Fault::DropMidBody => {
            let Ok(mut server) = TcpStream::connect(upstream) else {
                return;
            };
            let _ = server.set_read_timeout(Some(Duration::from_secs(30)));
            if server
                .write_all(&closing(&head))
                .and_then(|_| server.write_all(&body))
                .is_err()
            {
                return;
            }
            let mut answer = Vec::new();
            let _ = server.read_to_end(&mut answer);
            let keep = if fault == Fault::DropMidBody {
                // The head and part of the body, never all of it.
                let body_at = answer
                    .windows(4)
                    .position(|w| w == b"\r\n\r\n")
                    .map(|p| p + 4)
                    .unwrap_or(0);
                let body_len = answer.len() - body_at;
                if body_len < 2 {
                    answer.len() / 2
                } else {
                    body_at + body_len / 2
                }
            } else {
                answer.len()
            };
            let _ = client.write_all(&answer[..keep]);
        }
    }
    let _ = client.shutdown(Shutdown::Both);
}

impl FaultyProxy {
    pub fn start(upstream_url: &str, schedule: Vec<Fault>) -> FaultyProxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let upstream = upstream_url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned();
        let stop = Arc::new(AtomicBool::new(false));
        let requests = Arc::new(AtomicUsize::new(0));
        let faults = Arc::new(AtomicUsize::new(0));
        let (s, r, f) = (stop.clone(), requests.clone(), faults.clone());
        std::thread::spawn(move || {
            for client in listener.incoming() {
                if s.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(client) = client else { continue };
                let n = r.fetch_add(1, Ordering::SeqCst);
                let fault = schedule[n % schedule.len()];
                if fault != Fault::Pass {
                    f.fetch_add(1, Ordering::SeqCst);
                }
                let upstream = upstream.clone();
                std::thread::spawn(move || serve(client, &upstream, fault));
            }
        });
        FaultyProxy {
            url: format!("http://127.0.0.1:{port}"),
            stop,
            requests,
            faults,
        }
    }
}

/// Counts the requests that reach a server: a proxy that passes everything.
pub fn counting(upstream_url: &str) -> FaultyProxy {
    FaultyProxy::start(upstream_url, vec![Fault::Pass])
}

/// Every file under `root`, by path relative to it, with its bytes.
pub fn files_under(root: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut std::collections::BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().display().to_string();
                out.insert(rel, std::fs::read(&path).unwrap_or_default());
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(root, root, &mut out);
    out
}
