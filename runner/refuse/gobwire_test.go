package refuse_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestGobWire lists gob encoders whose bytes a script could read other
// than by a gob.Decoder, in scripts that send a type gob names, and the
// encoders and scripts it accepts.
func TestGobWire(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"bufio\"\n\t\"bytes\"\n\t\"encoding/gob\"\n\t\"fmt\"\n\t\"io\"\n\t\"net\"\n\t\"os\"\n\t\"reflect\"\n)\n\n" +
		"type Move struct{ From, To int }\n\ntype Names []string\n\ntype Tags []string\n\ntype Celsius float64\n\ntype Level int\n\nfunc (Level) Up() {}\n\n" +
		"var _, _, _, _, _, _, _ = bufio.NewWriter, bytes.NewReader, fmt.Println, io.Discard, net.Dial, os.Stdout, reflect.ValueOf\n\n"
	const refused = "carries no type name"
	for _, tt := range []struct{ name, body, want string }{
		{"a buffer whose length is printed", "func main() {\n\tvar buf bytes.Buffer\n\t_ = gob.NewEncoder(&buf).Encode(Names{})\n\tfmt.Println(buf.Len())\n}\n",
			"main.go:30:21: under socklab, gob's description of Names " + refused},
		{"a struct to a buffer whose length is printed", "func main() {\n\tvar buf bytes.Buffer\n\t_ = gob.NewEncoder(&buf).Encode(Move{})\n\tfmt.Println(buf.Len())\n}\n", ""},
		{"standard output", "func main() { _ = gob.NewEncoder(os.Stdout).Encode(Names{}) }\n", "main.go:28:34: under socklab"},
		{"a writer parameter of a function called with a file", "func send(w io.Writer) { _ = gob.NewEncoder(w).Encode([]Names{}) }\n\nfunc main() { send(os.Stdout) }\n", "main.go:28:45: under socklab"},
		{"structs, slices and maps of them to standard output", "func main() { _ = gob.NewEncoder(os.Stdout).Encode(struct{ M []Move; P map[string]*Move; C []Celsius }{}) }\n", ""},
		{"a slice of a named basic type with methods", "func main() { _ = gob.NewEncoder(os.Stdout).Encode(struct{ L []Level }{}) }\n", "gob's description of Level names a slice of it"},
		{"a named basic type with methods alone", "func main() { _ = gob.NewEncoder(os.Stdout).Encode(struct{ L Level; M []Level }{}.L) }\n", ""},
		{"a named map beside its runtime form", "type Scores map[string]int\n\ntype Msg struct{ S Scores; M map[string]int }\n\nfunc main() { _ = gob.NewEncoder(os.Stdout).Encode(Msg{}) }\n", "gob's description of Scores is that of map[string]int too"},
		{"a named map alone", "type Scores map[string]int\n\ntype Msg struct{ S Scores; M map[string]bool }\n\nfunc main() { _ = gob.NewEncoder(os.Stdout).Encode(Msg{}) }\n", ""},
		{"a struct type spelt out holding one of the script's", "type Msg struct{ P *struct{ M Move } }\n\nfunc main() { _ = gob.NewEncoder(os.Stdout).Encode(Msg{}) }\n", "carries the interpreter's spelling of its fields' types"},
		{"a type declared in a function", "func main() {\n\ttype Local struct{ N int }\n\t_ = gob.NewEncoder(os.Stdout).Encode(Local{})\n}\n", "gob's description of Local carries no type name"},
		{"an interface encoded, with a named slice declared", "func main() { var v any = Move{}; _ = gob.NewEncoder(os.Stdout).Encode(v) }\n", "where the value encoded is an interface"},
		{"NewEncoder as a value, a type with MarshalBinary", "type V struct{ N int }\n\nfunc (V) MarshalBinary() ([]byte, error) { return nil, nil }\n\nfunc main() { f := gob.NewEncoder; _ = f(os.Stdout).Encode(V{}) }\n", "main.go:32:20: under socklab"},
		{"EncodeValue beside an Encode", "func main() {\n\te := gob.NewEncoder(os.Stdout)\n\t_ = e.Encode(Move{})\n\t_ = e.EncodeValue(reflect.ValueOf(1))\n}\n", "gob's description of Move carries no type name"},
		{"io.MultiWriter", "func main() { c, _ := net.Dial(\"tcp\", \"x\"); _ = gob.NewEncoder(io.MultiWriter(c, os.Stdout)).Encode(Names{}) }\n", "main.go:28:64: under socklab"},
		{"a named slice", "func main() { _ = gob.NewEncoder(os.Stdout).Encode(Names{\"a\"}) }\n", "gob's description of Names " + refused},
		{"an interface with a registered type", "func main() {\n\tgob.Register(Move{})\n\t_ = gob.NewEncoder(os.Stdout).Encode(struct{ V any }{Move{}})\n}\n", ""},
		{"an interface in a map with a registered type", "func main() {\n\tgob.Register(Move{})\n\t_ = gob.NewEncoder(os.Stdout).Encode(struct{ V map[string]any }{})\n}\n", "gob's description of Move " + refused},
		{"a registered type that holds an interface", "type Box struct{ V any }\n\nfunc main() {\n\tgob.Register(Box{})\n\t_ = gob.NewEncoder(os.Stdout).Encode(struct{ V any }{Box{}})\n}\n", "gob's description of Box " + refused},
		{"NewEncoder as a value", "func main() { f := gob.NewEncoder; _ = f(io.Discard).Encode(Names{}) }\n", "main.go:28:20: under socklab"},
		{"a raw read beside an encoder on a connection", "func main() {\n\tc, _ := net.Dial(\"tcp\", \"x\")\n\t_ = gob.NewEncoder(c).Encode(Names{})\n\ts, _ := net.Dial(\"tcp\", \"y\")\n\tb, _ := io.ReadAll(s)\n\tfmt.Println(len(b))\n}\n",
			"main.go:32:21: this script writes gob to a connection and reads a connection's bytes itself"},
		{"a connection kept in a reader of the script's beside an encoder on one", "type meter struct{ r io.Reader }\n\nfunc main() {\n\tc, _ := net.Dial(\"tcp\", \"x\")\n\t_ = gob.NewEncoder(c).Encode(Names{})\n\ts, _ := net.Dial(\"tcp\", \"y\")\n\tm := meter{r: s}\n\tvar r io.Reader = s\n\tfmt.Println(m, r)\n}\n",
			"main.go:34:16: this script writes gob"},
		{"a connection gob encodes to, read through a reader of the script's that gob decodes", "type meter struct{ r io.Reader }\n\nfunc (m *meter) Read(p []byte) (int, error) { return m.r.Read(p) }\n\nfunc main() {\n\tc, _ := net.Dial(\"tcp\", \"x\")\n\t_ = gob.NewEncoder(c).Encode(Names{})\n\t_ = gob.NewDecoder(&meter{c}).Decode(&Move{})\n}\n",
			"main.go:35:28: this script writes gob"},
		{"a connection's Read beside an encoder on one", "func main() {\n\tc, _ := net.Dial(\"tcp\", \"x\")\n\t_ = gob.NewEncoder(c).Encode(Names{})\n\ts, _ := net.Dial(\"tcp\", \"y\")\n\ts.Read(nil)\n}\n",
			"main.go:32:4: this script writes gob"},

		{"a raw read of a connection that gob also decodes", "func main() {\n\tc, _ := net.Dial(\"tcp\", \"x\")\n\t_ = gob.NewEncoder(c).Encode(Move{})\n\td, _ := net.Dial(\"tcp\", \"y\")\n\trw := bufio.NewReadWriter(bufio.NewReader(d), bufio.NewWriter(d))\n\tcmd, _ := rw.ReadString('\\n')\n\tfmt.Println(cmd, gob.NewDecoder(rw).Decode(&Move{}))\n}\n", ""},
		{"a reply read on the connection gob encodes to", "func main() {\n\tc, _ := net.Dial(\"tcp\", \"x\")\n\trw := bufio.NewReadWriter(bufio.NewReader(c), bufio.NewWriter(c))\n\t_ = gob.NewEncoder(rw).Encode(Move{})\n\trw.Flush()\n\treply, _ := rw.ReadString('\\n')\n\tfmt.Println(reply)\n}\n", ""},
		{"a field given a connection", "type client struct{ w io.Writer }\n\nfunc main() {\n\tc, _ := net.Dial(\"tcp\", \"x\")\n\tcl := &client{w: bufio.NewWriter(c)}\n\t_ = gob.NewEncoder(cl.w).Encode(Move{})\n}\n", ""},
		{"a field given a connection, and standard output", "type client struct{ w io.Writer }\n\nfunc main() {\n\tc, _ := net.Dial(\"tcp\", \"x\")\n\tcl := client{c}\n\tcl.w = os.Stdout\n\t_ = gob.NewEncoder(cl.w).Encode(Names{})\n}\n", "main.go:34:21: under socklab"},
		{"a field whose address is taken", "type client struct{ w io.Writer }\n\nfunc set(w *io.Writer) {}\n\nfunc main() {\n\tc, _ := net.Dial(\"tcp\", \"x\")\n\tcl := client{c}\n\tset(&cl.w)\n\t_ = gob.NewEncoder(cl.w).Encode(Names{})\n}\n", "main.go:36:21: under socklab"},
		{"a connection", "func main() { c, _ := net.Dial(\"tcp\", \"x\"); _ = gob.NewEncoder(c).Encode(Move{}) }\n", ""},
		{"a bufio.Writer over a connection", "func main() {\n\tc, _ := net.Dial(\"tcp\", \"x\")\n\tw := bufio.NewWriter(c)\n\t_ = gob.NewEncoder(w).Encode(Move{})\n\tw.Flush()\n}\n", ""},
		{"a parameter given connections", "func send(w io.Writer) { _ = gob.NewEncoder(w).Encode(Move{}) }\n\nfunc main() { c, _ := net.Dial(\"tcp\", \"x\"); send(c) }\n", ""},
		{"gob's own example", "func main() {\n\tvar network bytes.Buffer\n\tenc := gob.NewEncoder(&network)\n\tdec := gob.NewDecoder(&network)\n\t_ = enc.Encode(Move{})\n\tvar m Move\n\t_ = dec.Decode(&m)\n\tnetwork.Reset()\n}\n", ""},
		{"a buffer read back through bytes.NewReader", "func main() {\n\tbuf := new(bytes.Buffer)\n\t_ = gob.NewEncoder(buf).Encode(Move{})\n\tvar m Move\n\t_ = gob.NewDecoder(bytes.NewReader(buf.Bytes())).Decode(&m)\n}\n", ""},
		{"io.Discard", "func main() { _ = gob.NewEncoder(io.Discard).Encode(Move{}) }\n", ""},
		{"types gob names alike", "func main() { _ = gob.NewEncoder(os.Stdout).Encode(struct{ N []string; C Celsius; M map[string]int }{}) }\n", ""},
		{"a named basic type in a struct inside a slice", "func main() { _ = gob.NewEncoder(os.Stdout).Encode([]struct{ C Celsius; L Level }{}) }\n", ""},
		{"an interface with no registered type of the script", "func main() { _ = gob.NewEncoder(os.Stdout).Encode([]any{1, \"a\"}) }\n", ""},
		{"a raw read with an encoder on a buffer alone", "func main() {\n\tvar buf bytes.Buffer\n\t_ = gob.NewEncoder(&buf).Encode(Move{})\n\t_ = gob.NewDecoder(&buf).Decode(&Move{})\n\tc, _ := net.Dial(\"tcp\", \"x\")\n\tio.ReadAll(c)\n}\n", ""},
		{"a decoder on a connection beside an encoder on one", "func main() {\n\tc, _ := net.Dial(\"tcp\", \"x\")\n\t_ = gob.NewEncoder(c).Encode(Move{})\n\t_ = gob.NewDecoder(c).Decode(&Move{})\n\tfmt.Fprintln(c, \"bye\")\n}\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(checkSource(t, head+tt.body), "\n")
			if tt.want == "" && strings.Contains(got, "gob") || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("refusals:\n%s\nwant %q", got, tt.want)
			}
		})
	}
}

// TestGobMethods lists gob encodings and decodings of a script's types
// whose gob methods gob would call in a Go build, and ones without.
func TestGobMethods(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"encoding/gob\"\n\t\"io\"\n)\n\n" +
		"type P struct{ X int }\n\nfunc (P) MarshalBinary() ([]byte, error) { return nil, nil }\n\nfunc (*P) UnmarshalBinary([]byte) error { return nil }\n\n" +
		"type T struct{ N int }\n\nfunc (T) GobEncode() ([]byte, error) { return nil, nil }\n\n" +
		"type L int\n\nfunc (L) MarshalText() ([]byte, error) { return nil, nil }\n\n" +
		"type Plain struct{ X int }\n\nvar _ = io.Discard\n\n"
	const enc = "gob.NewEncoder(io.Discard).Encode("
	for _, tt := range []struct{ name, body, want string }{
		{"a value, lifted", "func main() { _ = " + enc + "P{}) }\n", ""},
		{"a pointer to one, lifted", "func main() { _ = " + enc + "&T{}) }\n", ""},
		{"a pointer variable", "func main() { t := &T{}; _ = " + enc + "t) }\n", "gob does not call T's GobEncode method"},
		{"in a field", "type Msg struct{ P P }\n\nfunc main() { _ = " + enc + "Msg{}) }\n", "main.go:28:53: gob does not call P's MarshalBinary method under socklab"},
		{"in a slice", "func main() { _ = " + enc + "[]P{}) }\n", "gob does not call P's MarshalBinary method"},
		{"MarshalText, which gob does not call", "func main() { _ = " + enc + "[]struct{ V L }{}) }\n", ""},
		{"decoded, lifted", "func main() { var p P; _ = gob.NewDecoder(io.MultiReader()).Decode(&p) }\n", ""},
		{"decoded into a field", "type Msg struct{ P P }\n\nfunc main() { var m Msg; _ = gob.NewDecoder(io.MultiReader()).Decode(&m) }\n", "main.go:28:70: gob does not call P's UnmarshalBinary method under socklab (reflection sees no methods of the interpreter's types), so it decodes P's fields"},
		{"registered and in an interface", "func main() { gob.Register(T{}); _ = " + enc + "[]any{1}) }\n", "gob does not call T's GobEncode method"},
		{"decoded without an Unmarshal method", "func main() { var t T; _ = gob.NewDecoder(io.MultiReader()).Decode(&t) }\n", ""},
		{"a plain struct", "func main() { _ = " + enc + "Plain{}) }\n", ""},
		{"an interface with nothing registered", "func main() { _ = " + enc + "[]any{1}) }\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(checkSource(t, head+tt.body), "\n")
			if tt.want == "" && strings.Contains(got, "gob does not call") || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("refusals:\n%s\nwant %q", got, tt.want)
			}
		})
	}
}

// TestGobMethodStandIns checks that the script's types with one of gob's
// methods that socklab stands in for are no more than its pool holds.
func TestGobMethodStandIns(t *testing.T) {
	src := "package main\n\nimport (\n\t\"encoding/gob\"\n\t\"io\"\n)\n\n"
	body := "func main() {\n\tenc := gob.NewEncoder(io.Discard)\n"
	for i := range 9 {
		src += fmt.Sprintf("type T%d struct{ N int }\n\nfunc (T%d) MarshalBinary() ([]byte, error) { return nil, nil }\n\n", i, i)
		body += fmt.Sprintf("\t_ = enc.Encode(T%d{})\n", i)
	}
	got := strings.Join(checkSource(t, src+body+"}\n"), "\n")
	if strings.Count(got, "stand-in") != 1 || !strings.Contains(got, "main.go:54:17: socklab calls gob's MarshalBinary method through a compiled stand-in") {
		t.Errorf("refusals:\n%s\nwant one, of the ninth type", got)
	}
}

// TestGobRegistered lists registrations gob makes under another name
// than Go's in the interpreter, and ones it names alike.
func TestGobRegistered(t *testing.T) {
	const head = "package main\n\nimport \"encoding/gob\"\n\ntype Move struct{ X int }\n\ntype Names []string\n\ntype Celsius float64\n\ntype Shape interface{ Area() int }\n\n" +
		"type Level int\n\nfunc (l Level) Up() Level { return l + 1 }\n\ntype Table map[string]int\n\ntype Scores map[string]int\n\n"
	for _, tt := range []struct{ name, body, want string }{
		{"a named slice", "func main() { gob.Register(Names{}) }\n", "main.go:21:28: the interpreter makes Names the type []string at run time, which gob registers itself under that name, so it cannot register it as Go's main.Names"},
		{"a pointer to a named slice", "func main() { gob.Register(&Names{}) }\n", "the interpreter makes Names the type []string at run time"},
		{"a named basic type with methods", "func main() { gob.Register(Level(0)) }\n", "the interpreter makes Level the type int at run time"},
		{"a named basic type by a name of its own", "func main() { gob.RegisterName(\"C\", Celsius(0)) }\n", ""},
		{"a named basic type", "func main() { gob.Register(Celsius(0)); gob.Register(0.5) }\n", ""},
		{"a named map", "func main() { gob.Register(Table{}); gob.Register(&Table{}) }\n", ""},
		{"two named maps of one form", "func main() {\n\tgob.Register(Table{})\n\tgob.Register(Scores{})\n}\n", "main.go:23:15: the interpreter makes Scores and Table (registered at line 22) one type at run time, map[string]int, which gob cannot register under two names"},
		{"a named map and its form", "func main() {\n\tgob.Register(map[string]int{})\n\tgob.Register(&Table{})\n}\n", "the interpreter makes Table and map[string]int (registered at line 22) one type at run time"},
		{"a slice of a struct", "func main() { gob.Register([]Move{}) }\n", "gob registers []Move under a name it makes of the interpreter's types"},
		{"a struct", "func main() { gob.Register(Move{}) }\n", ""},
		{"a pointer to a struct", "func main() { gob.Register(&Move{}) }\n", ""},
		{"a library type", "func main() { gob.Register([]string{}) }\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(checkSource(t, head+tt.body), "\n")
			if tt.want == "" && strings.Contains(got, "regist") || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("refusals:\n%s\nwant %q", got, tt.want)
			}
		})
	}
}
