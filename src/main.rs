fn main() {
    std::process::exit(nassij::cli::main());
}
