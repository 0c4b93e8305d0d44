//! Exact counts from 64-bit arithmetic: a count is computed modulo `2^64` and, when it may be
//! larger, modulo a few primes below `2^63` too, then rebuilt by the Chinese remainder theorem
//! (Garner's algorithm). Each modulus is one pass over a table of `u64`, so tables take 8 bytes
//! a cell whatever the size of the counts.

use num_bigint::BigUint;

/// Primes below `2^63`: with `2^64`, their product exceeds `2^255`, the bound on every count.
const PRIMES: [u64; 4] = [
    (1 << 63) - 25,
    (1 << 63) - 165,
    (1 << 63) - 259,
    (1 << 63) - 301,
];

/// Addition and subtraction modulo one of the moduli.
pub(crate) trait Ring: Copy + Send + Sync {
    fn add(self, a: u64, b: u64) -> u64;
    fn sub(self, a: u64, b: u64) -> u64;
}

/// Modulo `2^64`.
#[derive(Clone, Copy)]
pub(crate) struct Wrapping;

impl Ring for Wrapping {
    #[inline]
    fn add(self, a: u64, b: u64) -> u64 {
        a.wrapping_add(b)
    }
    #[inline]
    fn sub(self, a: u64, b: u64) -> u64 {
        a.wrapping_sub(b)
    }
}

/// Modulo a prime below `2^63`, operands reduced.
#[derive(Clone, Copy)]
pub(crate) struct Prime(pub u64);

impl Ring for Prime {
    #[inline]
    fn add(self, a: u64, b: u64) -> u64 {
        let sum = a + b;
        sum.min(sum.wrapping_sub(self.0))
    }
    #[inline]
    fn sub(self, a: u64, b: u64) -> u64 {
        let difference = a.wrapping_sub(b);
        difference.min(difference.wrapping_add(self.0))
    }
}

/// The primes needed, beyond `2^64`, for counts up to `bound` to be rebuilt exactly.
pub(crate) fn primes_for(bound: &BigUint) -> &'static [u64] {
    let mut product = BigUint::from(1u8) << 64;
    let mut used = 0;
    while &product <= bound && used < PRIMES.len() {
        product *= PRIMES[used];
        used += 1;
    }
    &PRIMES[..used]
}

fn mul_mod(a: u64, b: u64, p: u64) -> u64 {
    // The remainder is below p < 2^64.
    #[allow(clippy::cast_possible_truncation)]
    let r = (u128::from(a) * u128::from(b) % u128::from(p)) as u64;
    r
}

fn inverse(a: u64, p: u64) -> u64 {
    // Fermat: a^(p-2) mod p.
    let (mut base, mut exponent, mut result) = (a % p, p - 2, 1u64);
    while exponent > 0 {
        if exponent & 1 == 1 {
            result = mul_mod(result, base, p);
        }
        base = mul_mod(base, base, p);
        exponent >>= 1;
    }
    result
}

/// The number below `2^64 · Π primes` with residue `residues[0]` modulo `2^64` and
/// `residues[i + 1]` modulo `primes[i]`.
pub(crate) fn rebuild(residues: &[u64], primes: &[u64]) -> BigUint {
    let mut value = BigUint::from(residues[0]);
    let mut modulus = BigUint::from(1u8) << 64;
    for (&r, &p) in residues[1..].iter().zip(primes) {
        let have = u64::try_from(&value % p).unwrap_or_default();
        let step = u64::try_from(&modulus % p).unwrap_or_default();
        let t = mul_mod((r + p - have) % p, inverse(step, p), p);
        value += &modulus * t;
        modulus *= p;
    }
    value
}

#[cfg(test)]
mod tests {
    use num_bigint::BigUint;

    use super::{PRIMES, Prime, Ring, primes_for, rebuild};

    #[test]
    fn a_large_number_is_rebuilt_from_its_residues() {
        let n: BigUint = BigUint::from(3u8).pow(150) + 12_345u32;
        let primes = primes_for(&n);
        assert_eq!(primes.len(), 3);
        let mut residues = vec![u64::try_from(&n % (BigUint::from(1u8) << 64)).expect("small")];
        residues.extend(
            primes
                .iter()
                .map(|&p| u64::try_from(&n % p).expect("small")),
        );
        assert_eq!(rebuild(&residues, primes), n);
    }

    #[test]
    fn the_primes_cover_every_count_and_prime_arithmetic_stays_reduced() {
        assert_eq!(primes_for(&(BigUint::from(1u8) << 255)).len(), 4);
        assert!(primes_for(&BigUint::from(u64::MAX)).is_empty());
        let p = Prime(PRIMES[0]);
        assert_eq!(p.add(PRIMES[0] - 1, 2), 1);
        assert_eq!(p.sub(1, 2), PRIMES[0] - 1);
    }
}
