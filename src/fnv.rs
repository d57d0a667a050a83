//! FNV-1a (64-bit), a hash for small keys and fingerprints. Shared with the build script.

/// FNV-1a: the text extractor's tag counts hash one small integer per tag, where SipHash
/// cost 5% of extraction; the rule tables' fingerprint uses it too.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}
