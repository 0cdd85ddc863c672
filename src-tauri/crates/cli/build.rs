//! Links `caravan` with packed relative relocations (DT_RELR, glibc 2.36 and binutils 2.38
//! or newer, as on Debian 12): a Rust binary carries tens of thousands of them, and in the
//! classic form reading them alone costs a short command hundreds of page faults.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu")
    {
        println!("cargo::rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
