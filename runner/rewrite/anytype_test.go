package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("anytype", "interface-on-any"))
}

// TestAnyTypes checks which type declarations pass anytype writes as the
// empty interface, columns kept.
func TestAnyTypes(t *testing.T) {
	tests := []struct {
		name      string
		decl      string
		want, not []string
	}{
		{"on any", "type Event any", []string{"type Event interface{}/*line :3:15*/"}, nil},
		{"on another empty interface", "type A interface{}\n\ntype B A", []string{"type A interface{}\n", "type B interface{}/*line :5:9*/"}, nil},
		{"embedding any", "type F interface{ any }", []string{"type F interface{}/*line :3:24*/"}, nil},
		{"an alias", "type Alias = any", nil, []string{"interface{}"}},
		{"a constraint", "type Number interface{ ~int | ~float64 }", nil, []string{"interface{}"}},
		{"an interface with methods", "type R interface{ Read() }\n\ntype S R", nil, []string{"interface{}"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, "package main\n\n"+tt.decl+"\n\nfunc main() {}\n", tt.want, tt.not)
		})
	}
}
