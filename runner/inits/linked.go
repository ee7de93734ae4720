package inits

import "strings"

//go:generate go test -run ^TestLinkedTable$ -args -write

// Linked is a set of registrars: the packages of Go's library whose
// initialisers register something in image's or crypto's state (a
// decoder with image.RegisterFormat, a hash with crypto.RegisterHash),
// one bit each. A Go build of a script links some of them, through its
// imports; socklab's binary links them all, so Set takes out of crypto's
// table the hashes the Go build does not link, and what a script reads
// of image's (image.Decode) goes through runner/lift, which answers for
// the formats the Go build links.
type Linked uint32

// The registrars, one bit each, in the order of Registrars.
const (
	CryptoMD5 Linked = 1 << iota
	CryptoSHA1
	CryptoSHA256
	CryptoSHA3
	CryptoSHA512
	ImageGIF
	ImageJPEG
	ImagePNG
)

// Registrars are the import paths of the registrars, bit i of a Linked
// standing for Registrars[i].
var Registrars = []string{
	"crypto/md5",
	"crypto/sha1",
	"crypto/sha256",
	"crypto/sha3",
	"crypto/sha512",
	"image/gif",
	"image/jpeg",
	"image/png",
}

// Has reports whether l holds the registrar of import path p.
func (l Linked) Has(p string) bool {
	for i, r := range Registrars {
		if r == p {
			return l&(1<<i) != 0
		}
	}
	return false
}

// String lists the import paths of l's registrars.
func (l Linked) String() string {
	var paths []string
	for i, r := range Registrars {
		if l&(1<<i) != 0 {
			paths = append(paths, r)
		}
	}
	return strings.Join(paths, " ")
}

// LinkedBy returns the registrars that a Go build of a script links whose
// compiled imports (its own and its local packages') are imports: those
// among the imports and their dependencies (linkedBy, generated from the
// toolchain's go list -deps).
func LinkedBy(imports []string) Linked {
	var l Linked
	for _, p := range imports {
		l |= linkedBy[p]
	}
	return l
}
