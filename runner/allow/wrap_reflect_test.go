package allow

import (
	"crypto/tls"
	"encoding/json"
	"net"
	"net/http"
	"net/url"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	ghttp "github.com/socklab/socklab/runner/allow/gated/http"
	gnet "github.com/socklab/socklab/runner/allow/gated/net"
)

// TestReflectGate checks which types reflect's constructors refuse: any
// that holds Go's own version of a gated type, however deep, and none of
// the types a script builds every day, socklab's gated ones included.
func TestReflectGate(t *testing.T) {
	type holder struct {
		name string
		t    *http.Transport
	}
	transport := reflect.TypeOf(http.Transport{})
	tests := []struct {
		t      reflect.Type
		refuse string // a word of the refusal, "" to build
	}{
		{transport, "http.Transport"},
		{reflect.PointerTo(transport), "http.Transport"},
		{reflect.TypeOf(holder{}), "http.Transport"},
		{reflect.TypeOf(map[string][]*net.Dialer{}), "net.Dialer"},
		{reflect.TypeOf(func(*http.Server) {}), "http.Server"},
		{reflect.TypeOf(make(chan net.ListenConfig)), "net.ListenConfig"},
		{reflect.TypeOf([2]http.Dir{}), "http.Dir"},
		{reflect.TypeOf(tls.Dialer{}), "tls.Dialer"},
		{reflect.TypeOf(os.Process{}), "os.Process"},
		{reflect.TypeOf(ghttp.Transport{}), "http.Transport"}, // through its unexported fields
		{reflect.TypeOf(ghttp.Server{}), "http.Server"},       // through TLSNextProto
		{reflect.TypeOf(gnet.Dialer{}), ""},
		{reflect.TypeOf(gnet.ListenConfig{}), ""},
		{reflect.TypeOf(http.Request{}), ""},
		{reflect.TypeOf(http.Client{}), ""},
		{reflect.TypeOf(http.Response{}), ""},
		{reflect.TypeOf(url.URL{}), ""},
		{reflect.TypeOf(net.TCPAddr{}), ""},
		{reflect.TypeOf(time.Time{}), ""},
		{reflect.TypeOf(json.Decoder{}), ""},
		{reflect.TypeOf(os.File{}), ""},
		{reflect.TypeOf(map[string]any{}), ""},
		{reflect.TypeOf((*error)(nil)).Elem(), ""},
	}
	g := gateFor(Flags{})
	for _, tt := range tests {
		got := refusal(func() { g.check("New", tt.t) })
		switch {
		case tt.refuse == "" && got != "":
			t.Errorf("%v: refused: %s", tt.t, got)
		case tt.refuse != "" && !strings.Contains(got, tt.refuse):
			t.Errorf("%v: got %q, want a refusal naming %s", tt.t, got, tt.refuse)
		}
	}
	// Each flag lifts only what it names: --allow-files Go's http.Dir.
	if got := refusal(func() { gateFor(Flags{Files: true}).check("New", reflect.TypeOf(http.Dir(""))) }); got != "" {
		t.Errorf("http.Dir with --allow-files: %s", got)
	}
	if got := refusal(func() { gateFor(Flags{Files: true, Net: true, Exec: true, Unsafe: true}).check("New", transport) }); got == "" {
		t.Errorf("Go's http.Transport with every flag: built")
	}
}

// TestConstructGatedIsComplete fails when a type the audit calls wrapped
// is missing from the types the reflect gate refuses, or has no original
// in the interpreter's tables.
func TestConstructGatedIsComplete(t *testing.T) {
	have := constructGatedTypes()
	byName := map[string]bool{}
	for _, gt := range have {
		byName[gt.pkg+"."+gt.name] = true
	}
	for key := range gatedTypes() {
		if !byName[key] {
			t.Errorf("%s: socklab gates it, but reflect may build Go's own", key)
		}
	}
	for _, gt := range constructGated {
		if gt.Class == Wrapped && !byName[gt.pkg+"."+gt.name] {
			t.Errorf("%s.%s: no type in the tables", gt.pkg, gt.name)
		}
	}
}

func refusal(f func()) (msg string) {
	defer func() {
		if v := recover(); v != nil {
			msg = v.(string)
		}
	}()
	f()
	return ""
}
