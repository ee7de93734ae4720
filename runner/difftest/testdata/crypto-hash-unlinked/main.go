// difftest: same
package main

import (
	"crypto"
	"fmt"
	"hash"
)

// crypto.Hash names a hash; the package that implements it registers it
// with crypto when it initialises, so a Go build that links none of them
// has no hash available.
func main() {
	for _, h := range []crypto.Hash{crypto.MD5, crypto.SHA1, crypto.SHA256, crypto.SHA512, crypto.SHA3_256} {
		fmt.Println(h, h.Size(), h.HashFunc() == h, h.Available())
	}
	available := crypto.SHA256.Available
	fmt.Println(available(), crypto.Hash.Available(crypto.SHA224))
	var newHash func() hash.Hash = crypto.SHA256.New
	defer func() {
		fmt.Println("recovered:", recover())
		var hs []crypto.Hash
		hs = append(hs, crypto.MD5)
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			hs[0].New()
		}()
		crypto.SHA512.New()
	}()
	newHash()
}
