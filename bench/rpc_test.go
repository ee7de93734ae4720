package bench_test

import (
	"net/rpc"
	"strings"
	"testing"
	"time"
)

const rpcCalls = 20_000

// Args is the argument of Arith.Multiply, as net/rpc's example declares it.
type Args struct{ A, B int }

// BenchmarkRPC makes 20,000 calls of Arith.Multiply, one at a time, to
// net/rpc's package example served by a script over loopback TCP: under
// socklab (runner/lift/rpcserve serves the script's methods) and compiled.
// The client is plain Go in the benchmark.
func BenchmarkRPC(b *testing.B) {
	t := setup(b)
	vs := t.variants("testdata/rpc_server.go")
	res := newResults()
	for r := range rounds() {
		for _, v := range inTurn(vs, r) {
			d := rpcRoundTrips(b, v)
			res.add(v.name, rpcCalls/d.Seconds())
		}
	}
	res.report(b, "calls/s", [2]string{"socklab", "compiled"})
}

// rpcRoundTrips starts the server v, makes the calls and returns their
// time.
func rpcRoundTrips(b *testing.B, v variant) time.Duration {
	b.Helper()
	cmd, out := start(b, v.argv, "127.0.0.1:0")
	defer cmd.Process.Kill()
	var addr string
	for deadline := time.Now().Add(time.Minute); addr == "" && time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if line, ok := strings.CutSuffix(out.String(), "\n"); ok {
			addr = line
		}
	}
	c, err := rpc.Dial("tcp", addr)
	if err != nil {
		b.Fatalf("%s at %q: %v", v.name, addr, err)
	}
	var product int
	t0 := time.Now()
	for i := range rpcCalls {
		if err := c.Call("Arith.Multiply", &Args{i, 3}, &product); err != nil || product != 3*i {
			b.Fatalf("%s: %d, %v", v.name, product, err)
		}
	}
	d := time.Since(t0)
	c.Close()
	finish(b, v.name, cmd, out, addr)
	return d
}
