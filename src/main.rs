//! The `nassij` command: runs [`nassij::cli::main`] and exits with its
//! code (0 success, 1 content errors, 2 usage or environment errors).

// Rendering allocates many small strings and values on every thread;
// mimalloc's per-thread heaps spend less time there than glibc's malloc
// (measured in tests/bench/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(nassij::cli::main());
}
