package bench_test

import (
	"bufio"
	"net"
	"strings"
	"testing"
	"time"
)

const echoes = 20_000

// BenchmarkEcho makes 20,000 round trips, one line each, to an echo server
// written as the echo lesson's: RecvLine and SendLine in Go, recv(1024) and
// sendall in python3's seed. The client is plain Go in the benchmark.
func BenchmarkEcho(b *testing.B) {
	t := setup(b)
	vs := t.variants("testdata/echo_server.go",
		variant{"socklab-no-hint", []string{t.socklab, "run", "--no-stall-hint", "testdata/echo_server.go", "--"}},
		variant{"python3", []string{"testdata/echo_server.py"}})
	res := newResults()
	for r := range rounds() {
		for _, v := range inTurn(vs, r) {
			d := echo(b, v)
			res.add(v.name, echoes/d.Seconds())
		}
	}
	res.report(b, "round-trips/s",
		[2]string{"socklab", "compiled"}, [2]string{"socklab", "python3"}, [2]string{"socklab", "socklab-no-hint"})
}

// echo starts the server v, makes the round trips and returns their time.
func echo(b *testing.B, v variant) time.Duration {
	b.Helper()
	cmd, out := start(b, v.argv, "127.0.0.1:0")
	defer cmd.Process.Kill()
	var addr string
	for deadline := time.Now().Add(time.Minute); addr == "" && time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if line, ok := strings.CutSuffix(out.String(), "\n"); ok {
			addr = line
		}
	}
	c, err := net.Dial("tcp", addr)
	if err != nil {
		b.Fatalf("%s at %q: %v", v.name, addr, err)
	}
	c.SetDeadline(time.Now().Add(2 * time.Minute))
	in := bufio.NewReader(c)
	msg := []byte("hello, echo server\n")
	t0 := time.Now()
	for range echoes {
		if _, err := c.Write(msg); err != nil {
			b.Fatalf("%s: %v", v.name, err)
		}
		if line, err := in.ReadString('\n'); err != nil || line != string(msg) {
			b.Fatalf("%s echoed %q, %v", v.name, line, err)
		}
	}
	d := time.Since(t0)
	c.Close()
	finish(b, v.name, cmd, out, addr)
	return d
}
