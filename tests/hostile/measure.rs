//! Runs the real `nassij` binary and measures what it costs: wall time and
//! peak resident memory (from `wait4`'s rusage, for this one child only).
//! What it asserts is bounded by counts, not by the clock: no panic, no
//! signal, peak memory under a bound. A watchdog kills a child that hangs
//! (minutes, far beyond any normal run even on a loaded machine); timings
//! belong to the benches (tests/bench/hostile.sh).

// Each test binary uses a part of it; `pub` is for the test files.
#![allow(dead_code, unreachable_pub)]

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A child still running after this long is taken for hung and killed: a
/// hang guard, not a performance bound.
pub const WATCHDOG: Duration = Duration::from_secs(180);
/// Peak memory bound for one run on hostile input.
pub const MAX_RSS_KIB: u64 = 1024 * 1024; // 1 GiB

#[derive(Debug)]
pub struct Measured {
    /// `None` when the child was killed by a signal.
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
    pub max_rss_kib: u64,
    /// The child outlived the time limit and was killed.
    pub timed_out: bool,
}

impl Measured {
    pub fn summary(&self) -> String {
        format!(
            "exit {:?}, {:.2} s, {} MiB peak RSS",
            self.code,
            self.elapsed.as_secs_f64(),
            self.max_rss_kib / 1024
        )
    }

    /// No panic, no signal, within the safety bounds.
    pub fn assert_safe(&self, what: &str) {
        assert!(
            !self.timed_out,
            "{what}: still running after {WATCHDOG:?}, killed"
        );
        assert!(
            !self.stderr.contains("panicked"),
            "{what}: nassij panicked:\n{}",
            self.stderr
        );
        assert!(
            self.code.is_some(),
            "{what}: nassij died from a signal ({})",
            self.summary()
        );
        assert!(
            self.max_rss_kib < MAX_RSS_KIB,
            "{what}: used {} MiB, more than the safety bound of 1 GiB",
            self.max_rss_kib / 1024
        );
    }
}

/// Runs `nassij ARGS` in `dir`; a child still running after [`WATCHDOG`]
/// is killed (and reported as timed out).
pub fn run(dir: &Path, args: &[&str]) -> Measured {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nassij"))
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot run nassij");
    let started = Instant::now();
    let pid = child.id() as libc::pid_t;
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out_pipe.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err_pipe.read_to_end(&mut v);
        v
    });
    let mut timed_out = false;
    let (status, usage) = loop {
        let mut status: libc::c_int = 0;
        // SAFETY: rusage is plain old data; wait4 fills it for our own child.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            break (status, usage);
        }
        assert!(r == 0, "wait4 failed: {}", std::io::Error::last_os_error());
        if !timed_out && started.elapsed() > WATCHDOG {
            timed_out = true;
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = started.elapsed();
    // The child was reaped by wait4: std must not wait for it again.
    std::mem::forget(child);
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    Measured {
        code,
        stdout: String::from_utf8_lossy(&out_reader.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned(),
        elapsed,
        // Linux reports ru_maxrss in KiB.
        max_rss_kib: usage.ru_maxrss as u64,
        timed_out,
    }
}
