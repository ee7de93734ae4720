package inits

import "crypto"

// hashRegistrars are the registrars of crypto's hashes in Go's library
// (crypto's constants say which package implements which).
var hashRegistrars = map[crypto.Hash]Linked{
	crypto.MD5:        CryptoMD5,
	crypto.SHA1:       CryptoSHA1,
	crypto.SHA224:     CryptoSHA256,
	crypto.SHA256:     CryptoSHA256,
	crypto.SHA384:     CryptoSHA512,
	crypto.SHA512:     CryptoSHA512,
	crypto.SHA512_224: CryptoSHA512,
	crypto.SHA512_256: CryptoSHA512,
	crypto.SHA3_224:   CryptoSHA3,
	crypto.SHA3_256:   CryptoSHA3,
	crypto.SHA3_384:   CryptoSHA3,
	crypto.SHA3_512:   CryptoSHA3,
}

// withdrawHashes takes out of crypto's registry the hashes whose
// registrars are not in l, as crypto.RegisterHash(h, nil) does: a Go build
// that does not link crypto/sha256 has no SHA-256 there. Whatever asks the
// registry then answers as in that build, the script's own
// crypto.SHA256.Available() and New() as much as Go's library inside
// crypto/rsa's SignPSS and EncryptOAEPWithOptions or crypto.SignMessage,
// which panic with "crypto: requested hash function #5 is unavailable".
func withdrawHashes(l Linked) {
	for h, r := range hashRegistrars {
		if l&r == 0 {
			crypto.RegisterHash(h, nil)
		}
	}
}
