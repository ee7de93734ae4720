// difftest: same
package main

import (
	"crypto"
	_ "crypto/sha256" // registers SHA-224 and SHA-256 with crypto
	"fmt"
	"hash"
)

// hasher embeds a crypto.Hash, whose methods it promotes.
type hasher struct {
	crypto.Hash
	label string
}

// fake is a hash of the program's own, registered under crypto.MD4.
type fake struct{ hash.Hash }

func (fake) Size() int { return 4 }

func main() {
	for _, h := range []crypto.Hash{crypto.SHA224, crypto.SHA256, crypto.SHA384, crypto.SHA512, crypto.MD5, crypto.MD4} {
		fmt.Println(h, h.Available())
	}
	d := crypto.SHA256.New()
	d.Write([]byte("socklab"))
	fmt.Printf("%x\n", d.Sum(nil))
	hr := hasher{crypto.SHA256, "sum"}
	p := &hr.Hash
	fmt.Println(hr.label, hr.Available(), hr.New().Size(), p.Available(), p.New().Size())
	newHash := crypto.Hash.New
	fmt.Println(newHash(crypto.SHA224).Size())
	crypto.RegisterHash(crypto.MD4, func() hash.Hash { return fake{} })
	fmt.Println(crypto.MD4.Available(), crypto.MD4.New().Size())
	defer func() { fmt.Println("recovered:", recover()) }()
	crypto.SHA384.New()
}
