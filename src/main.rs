//! The `nassij` command: runs [`nassij::cli::main`] and exits with its
//! code (0 success, 1 content errors, 2 usage or environment errors).

// Rendering allocates many small strings and values on every thread;
// mimalloc's per-thread heaps spend less time there than glibc's malloc
// (measured in tests/bench/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc.h (v2 and v3), which
/// libmimalloc-sys does not name.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() {
    // A build or a check frees and allocates memory all the time; mimalloc
    // gives freed pages back to the system after 10 ms, and the kernel
    // zeroes them again when they come back (6.4 million page faults and
    // 28 s of system time in a build of 50,000 associations). A batch
    // command keeps them until it exits: 1,000 faults, 10 s of system
    // time, about 13 % less CPU, a peak 6 % higher. `serve` runs for hours
    // and keeps the default, so that memory goes back after a rebuild.
    if !std::env::args().skip(1).any(|a| a == "serve") {
        // SAFETY: sets an integer option of the allocator; any value is
        // valid for purge_delay (-1: never purge) and options may change
        // at any time.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    }
    // mimalloc asks for transparent huge pages; where the kernel then
    // compacts memory to find them (defrag "madvise", a common default),
    // `check` of 250,000 associations spent 1-4 s more in the kernel,
    // varying from run to run (6.5-6.9 s against 7.6-10.0 s in paired
    // runs). A build of 20,000 gains nothing from 4 KiB pages (2-3 % more
    // CPU in a full build): only `check` goes without huge pages.
    #[cfg(target_os = "linux")]
    if std::env::args().skip(1).any(|a| a == "check") {
        let _ = rustix::thread::disable_transparent_huge_pages(true);
    }
    std::process::exit(nassij::cli::main());
}
