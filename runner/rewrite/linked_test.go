package rewrite_test

import "testing"

// The corpus's programs that register a format or a hash of their own
// run only there, each in a process of its own: the registries are the
// process's, shared by the programs run here.
func init() {
	programs = append(programs,
		fromCorpus("linked_image_unlinked", "image-format-unlinked"),
		fromCorpus("linked_hash_transitive", "crypto-hash-transitive"),
	)
}

// TestLinkedRegistry: the registry's constant holds the registrars of the
// script's imports and their dependencies, and each reader of the
// registries goes through it, the columns after it kept.
func TestLinkedRegistry(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      []string
	}{
		{"no registrar", "package main\n\nimport (\n\t\"bytes\"\n\t\"image\"\n)\n\nfunc main() { image.Decode(bytes.NewReader(nil)) }\n",
			[]string{".Linked(0x0)/*line :8:20*/.Decode(bytes"}},
		{"gif and png", "package main\n\nimport (\n\t\"image\"\n\t_ \"image/gif\"\n\t_ \"image/png\"\n)\n\nvar f = image.DecodeConfig\n",
			[]string{".Linked(0xa0)/*line :9:14*/.DecodeConfig"}},
		{"a dot import", "package main\n\nimport (\n\t\"bytes\"\n\t. \"image\"\n)\n\nfunc main() { Decode(bytes.NewReader(nil)) }\n",
			[]string{".Linked(0x0)./*line :8:15*/Decode("}},
		{"a hash through net/http", "package main\n\nimport (\n\t\"crypto\"\n\t\"net/http\"\n)\n\nvar _ = http.StatusOK\n\nfunc main() { crypto.SHA256.New() }\n",
			[]string{".Linked(0x1f).Hash((/*line :10:15*/crypto.SHA256))/*line :10:28*/.New()"}},
		{"a method value", "package main\n\nimport \"crypto\"\n\nfunc main() { h := crypto.MD5; f := h.Available; f() }\n",
			[]string{".Linked(0x0).AvailableFunc((/*line :5:37*/h))/*line :5:48*/; f()"}},
		{"a method expression", "package main\n\nimport (\n\t\"crypto\"\n\t_ \"crypto/sha1\"\n)\n\nvar f = crypto.Hash.New\n",
			[]string{"var f = _sl1.Linked(0x2).HashNew/*line :8:24*/\n"}},
		{"an embedded pointer", "package main\n\nimport \"crypto\"\n\ntype S struct{ *crypto.Hash }\n\nfunc main() { var s S; s.New() }\n",
			[]string{".Linked(0x0).Hash(*(/*line :7:24*/s).Hash)/*line :7:25*/.New()"}},
		{"an interface in a package without hashes", "package main\n\nimport \"hash\"\n\ntype maker interface{ New() hash.Hash }\n\nvar _ maker\n", nil},
		{"an interface of another Available", "package main\n\nimport \"crypto\"\n\ntype counter interface{ Available() int }\n\nvar _ counter\nvar h = crypto.MD5\n", nil},
		{"a registration", "package main\n\nimport \"crypto\"\n\nfunc main() { crypto.RegisterHash(crypto.MD4, nil) }\n",
			[]string{".Linked(0x0)/*line :5:21*/.RegisterHash(crypto.MD4, nil)"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, nil)
		})
	}
}

// TestLinkedRefuses lists what the pass cannot route through the
// registry.
func TestLinkedRefuses(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		{"a pointer method expression", "package main\n\nimport \"crypto\"\n\nvar f = (*crypto.Hash).New\n",
			"main.go:5:9: socklab answers (*crypto.Hash).New as a Go build of this script does only on a crypto.Hash: write func(h crypto.Hash) hash.Hash { return h.New() }"},
		{"an interface of a hash", "package main\n\nimport \"crypto\"\n\ntype avail interface{ Available() bool }\n\nvar a avail = crypto.SHA1\n",
			"main.go:5:12: socklab answers crypto.Hash's Available as a Go build of this script does only when it is called on the crypto.Hash itself, not through an interface: call h.Available() on the hash"},
		{"an interface of a type that embeds a hash", "package main\n\nimport (\n\t\"crypto\"\n\t\"hash\"\n)\n\ntype H struct{ crypto.Hash }\n\nfunc (H) Label() string { return \"h\" }\n\nvar a interface {\n\tNew() hash.Hash\n\tLabel() string\n} = H{crypto.MD5}\n",
			"main.go:12:7: socklab answers crypto.Hash's New as a Go build of this script does only when it is called on the crypto.Hash itself, not through an interface: call h.New() on the hash"},
		{"a method value across lines", "package main\n\nimport \"crypto\"\n\nvar f = crypto.SHA1.\n\tNew\n",
			"main.go:6:2: socklab answers the method value New as a Go build of this script does only written on one line: write .New on the line of its receiver"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			refuses(t, tt.src, tt.want)
		})
	}
}
