// Rendering allocates many small strings and values on every thread;
// mimalloc's per-thread heaps spend less time there than glibc's malloc
// (measured in tests/bench/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(nassij::cli::main());
}
