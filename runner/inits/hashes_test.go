package inits

import (
	"crypto"
	"crypto/md5"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"
	"strconv"
	"testing"
)

// constructors are the functions crypto/md5, sha1, sha256, sha512 and
// sha3 register, to put back what a test withdraws.
var constructors = map[crypto.Hash]func() hash.Hash{
	crypto.MD5:        md5.New,
	crypto.SHA1:       sha1.New,
	crypto.SHA224:     sha256.New224,
	crypto.SHA256:     sha256.New,
	crypto.SHA384:     sha512.New384,
	crypto.SHA512:     sha512.New,
	crypto.SHA512_224: sha512.New512_224,
	crypto.SHA512_256: sha512.New512_256,
	crypto.SHA3_224:   func() hash.Hash { return sha3.New224() },
	crypto.SHA3_256:   func() hash.Hash { return sha3.New256() },
	crypto.SHA3_384:   func() hash.Hash { return sha3.New384() },
	crypto.SHA3_512:   func() hash.Hash { return sha3.New512() },
}

// restoreHashes registers every hash of Go's library again.
func restoreHashes() {
	for h, f := range constructors {
		crypto.RegisterHash(h, f)
	}
}

// TestHashRegistrars: every hash this binary has registered (it links
// every registrar) has its registrar in the table, and a constructor here.
func TestHashRegistrars(t *testing.T) {
	for h := crypto.Hash(1); h <= crypto.BLAKE2b_512; h++ {
		_, ok := hashRegistrars[h]
		_, made := constructors[h]
		if h.Available() != ok || ok != made {
			t.Errorf("%v: available %t, has a registrar %t, a constructor %t", h, h.Available(), ok, made)
		}
	}
}

// TestWithdrawHashes: after withdrawHashes, a hash is available and New
// makes one exactly when its registrar is linked; New panics with crypto's
// message otherwise.
func TestWithdrawHashes(t *testing.T) {
	defer restoreHashes()
	tests := []struct {
		linked Linked
		have   []crypto.Hash
	}{
		{0, nil},
		{CryptoSHA256, []crypto.Hash{crypto.SHA224, crypto.SHA256}},
		{CryptoMD5 | CryptoSHA3, []crypto.Hash{crypto.MD5, crypto.SHA3_224, crypto.SHA3_256, crypto.SHA3_384, crypto.SHA3_512}},
		{LinkedBy([]string{"crypto/rsa"}), []crypto.Hash{crypto.SHA3_224, crypto.SHA3_256, crypto.SHA3_384, crypto.SHA3_512}},
		{LinkedBy([]string{"net/http"}), []crypto.Hash{crypto.MD5, crypto.SHA1, crypto.SHA224, crypto.SHA256, crypto.SHA384, crypto.SHA512, crypto.SHA512_224, crypto.SHA512_256, crypto.SHA3_224, crypto.SHA3_256, crypto.SHA3_384, crypto.SHA3_512}},
	}
	for _, tt := range tests {
		restoreHashes()
		withdrawHashes(tt.linked)
		have := map[crypto.Hash]bool{}
		for _, h := range tt.have {
			have[h] = true
		}
		for h := crypto.Hash(1); h <= crypto.BLAKE2b_512; h++ {
			if h.Available() != have[h] {
				t.Errorf("linked {%s}: %v.Available() = %t, want %t", tt.linked, h, h.Available(), have[h])
			}
			want := ""
			if !have[h] {
				want = "crypto: requested hash function #" + strconv.Itoa(int(h)) + " is unavailable"
			}
			if got := newPanics(h); got != want {
				t.Errorf("linked {%s}: %v.New() panics with %q, want %q", tt.linked, h, got, want)
			}
		}
	}
}

// TestWithdrawnInsideLibrary: Go's library finds a withdrawn hash missing
// too, where it calls New itself, and panics as a Go build that does not
// link crypto/sha256 does.
func TestWithdrawnInsideLibrary(t *testing.T) {
	defer restoreHashes()
	key, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	digest := sha256.Sum256([]byte("socklab"))
	sign := func() (msg string) {
		defer func() {
			if r := recover(); r != nil {
				msg, _ = r.(string)
			}
		}()
		if _, err := rsa.SignPSS(rand.Reader, key, crypto.SHA256, digest[:], nil); err != nil {
			return err.Error()
		}
		return ""
	}
	withdrawHashes(LinkedBy([]string{"crypto/rsa"}))
	if got, want := sign(), "crypto: requested hash function #5 is unavailable"; got != want {
		t.Errorf("SignPSS with SHA-256 withdrawn: %q, want the panic %q", got, want)
	}
	restoreHashes()
	withdrawHashes(LinkedBy([]string{"crypto/rsa", "crypto/sha256"}))
	if got := sign(); got != "" {
		t.Errorf("SignPSS with crypto/sha256 linked: %q, want a signature", got)
	}
}

// newPanics returns what h.New() panics with, "" if it does not.
func newPanics(h crypto.Hash) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg, _ = r.(string)
			if msg == "" {
				msg = "a panic that is not a string"
			}
		}
	}()
	h.New()
	return ""
}
