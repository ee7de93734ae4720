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
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, nil)
		})
	}
}

// TestLinkedLeavesCrypto: crypto's registry is left alone, as inits.Set
// makes it what the Go build has.
func TestLinkedLeavesCrypto(t *testing.T) {
	src := "package main\n\nimport \"crypto\"\n\ntype maker interface{ Available() bool }\n\nfunc main() {\n\tvar m maker = crypto.SHA256\n\tcrypto.SHA256.New()\n\tf := crypto.Hash.New\n\tcrypto.RegisterHash(crypto.MD4, nil)\n\t_, _ = m, f\n}\n"
	liftHolds(t, src, nil, []string{".Linked("})
}
