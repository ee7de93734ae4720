// difftest: same
package main

import (
	"crypto"
	"fmt"
	"net/http"
)

// net/http links crypto/tls, which links crypto/md5, sha1, sha256, sha512
// and sha3: a Go build of this program has their hashes without importing
// them.
func main() {
	fmt.Println(http.StatusText(http.StatusOK))
	for _, h := range []crypto.Hash{crypto.MD5, crypto.SHA1, crypto.SHA256, crypto.SHA512, crypto.SHA3_256, crypto.MD4} {
		fmt.Println(h, h.Available())
	}
	d := crypto.SHA512.New()
	d.Write([]byte("socklab"))
	fmt.Printf("%x\n", d.Sum(nil)[:8])
	defer func() { fmt.Println("recovered:", recover()) }()
	crypto.BLAKE2b_256.New()
}
