package refuse_test

import (
	"strings"
	"testing"
)

func TestRPCValues(t *testing.T) {
	const decls = "type Item struct {\n\tName  string\n\tprice int\n}\n\ntype Open struct{ Name string }\n\ntype Shape interface{ Area() float64 }\n\ntype Blob struct{ B []byte }\n\nfunc (Blob) MarshalBinary() ([]byte, error) { return nil, nil }\n\n"
	tests := []struct{ name, body, want string }{
		{"a service's reply", decls + "type S struct{}\n\nfunc (S) Get(n int, out *Item) error { return nil }\n\nfunc main() { rpc.Register(S{}) }",
			"main.go:30:21: the interpreter shows the unexported field price to net/rpc's encoder as an exported one, so the reply of Get would carry it"},
		{"a server's service", decls + "type S struct{}\n\nfunc (S) Get(n int, out *Item) error { return nil }\n\nfunc main() { rpc.NewServer().RegisterName(\"X\", &S{}) }",
			"the reply of Get would carry it"},
		{"a service's argument of a script's interface", decls + "type S struct{}\n\nfunc (S) Sum(in []Shape, out *float64) error { return nil }\n\nfunc main() { rpc.Register(S{}) }",
			"the argument of Sum holds the interface type Shape"},
		{"a client's argument", decls + "func main() {\n\tvar c *rpc.Client\n\tvar ok bool\n\tc.Call(\"S.Put\", Item{}, &ok)\n}",
			"main.go:31:18: the interpreter shows the unexported field price to net/rpc's encoder as an exported one, so the argument of this call would carry it"},
		{"a client's Go", decls + "func main() {\n\tvar c *rpc.Client\n\tvar n int\n\tc.Go(\"S.Get\", []Blob{}, &n, nil)\n}",
			"main.go:31:16: net/rpc's encoding does not call Blob's MarshalBinary method"},
		{"a client's argument with gob's method", decls + "func main() {\n\tvar c *rpc.Client\n\tc.Call(\"S.Put\", Blob{}, nil)\n}",
			"net/rpc's encoding does not call Blob's MarshalBinary method"},
		{"MarshalText with jsonrpc", "type Level int\n\nfunc (Level) MarshalText() ([]byte, error) { return nil, nil }\n\nfunc main() {\n\tvar c *rpc.Client\n\tc.Call(\"S.Put\", Level(1), nil)\n\t_ = jsonrpc.ServeConn\n}",
			"does not call Level's MarshalText method"},
		{"an embedded struct with jsonrpc", "type Base struct{ ID int }\n\ntype User struct {\n\tBase\n\tName string\n}\n\ntype S struct{}\n\nfunc (S) Get(n int, u *User) error { return nil }\n\nfunc main() { rpc.Register(S{}); _ = jsonrpc.ServeConn }",
			"the interpreter's struct types do not embed Base, so net/rpc/jsonrpc's JSON of the reply of Get would nest its fields"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := tt.body
			if strings.Contains(body, "jsonrpc.") {
				body = strings.Replace(body, "func main()", "var _ = jsonrpc.Dial\n\nfunc main()", 1)
			}
			got := strings.Join(checkJSONRPC(t, body), "\n")
			if !strings.Contains(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	accepted := []struct{ name, body string }{
		{"exported fields", decls + "type S struct{ hidden int }\n\nfunc (*S) Get(in Open, out *Open) error { return nil }\n\nfunc main() {\n\trpc.Register(&S{})\n\tvar c *rpc.Client\n\tvar o Open\n\tc.Call(\"S.Get\", Open{}, &o)\n}"},
		{"a reply with an unexported field", decls + "func main() {\n\tvar c *rpc.Client\n\tvar it Item\n\tc.Call(\"S.Get\", 1, &it)\n}"},
		{"an embedded struct with gob", "type Base struct{ ID int }\n\ntype User struct {\n\tBase\n\tName string\n}\n\ntype S struct{}\n\nfunc (S) Get(n int, u *User) error { return nil }\n\nfunc main() { rpc.Register(S{}) }"},
		{"MarshalText with gob, which gob does not call", "type Level struct{ N int }\n\nfunc (Level) MarshalText() ([]byte, error) { return nil, nil }\n\nfunc main() {\n\tvar c *rpc.Client\n\tc.Call(\"S.Put\", Level{1}, nil)\n}"},
		{"an unsuitable method", decls + "type S struct{}\n\nfunc (S) Get(n int, out Item) error { return nil }\n\nfunc (S) Ok(n int, out *int) error { return nil }\n\nfunc main() { rpc.Register(S{}) }"},
	}
	for _, tt := range accepted {
		t.Run(tt.name, func(t *testing.T) {
			if got := check(t, tt.body); len(got) != 0 {
				t.Errorf("refused: %q", got)
			}
		})
	}
}

// checkJSONRPC is check, with net/rpc/jsonrpc imported where body uses it.
func checkJSONRPC(t *testing.T, body string) []string {
	t.Helper()
	if !strings.Contains(body, "jsonrpc.") {
		return check(t, body)
	}
	return checkSource(t, "package main\n\nimport (\n\t\"net/rpc\"\n\t\"net/rpc/jsonrpc\"\n)\n\n"+body)
}
