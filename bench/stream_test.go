package bench_test

import (
	"bytes"
	"io"
	"net"
	"strconv"
	"testing"
	"time"
)

// The stream benchmarks: the program under test connects to a server in
// the benchmark and receives from it until it closes; the time runs from
// the accept to the program's close, so start-up is not counted.

const bulkSize = 256 << 20

// BenchmarkBulk receives 256 MiB with the seeds' recv(65536) loop.
func BenchmarkBulk(b *testing.B) {
	t := setup(b)
	vs := t.variants("testdata/bulk.go",
		variant{"go-net", []string{"testdata/bulk_net.go"}},
		variant{"python3", []string{"testdata/bulk.py"}})
	chunk := bytes.Repeat([]byte("0123456789abcdef"), 4096) // 64 KiB
	send := func(c net.Conn) {
		for sent := 0; sent < bulkSize; sent += len(chunk) {
			if _, err := c.Write(chunk); err != nil {
				return
			}
		}
	}
	res := newResults()
	for r := range rounds() {
		for _, v := range inTurn(vs, r) {
			d := stream(b, v, send, strconv.Itoa(bulkSize))
			res.add(v.name, bulkSize/d.Seconds()/1e6)
		}
	}
	res.report(b, "MB/s",
		[2]string{"socklab", "go-net"}, [2]string{"socklab", "python3"},
		[2]string{"compiled", "go-net"}, [2]string{"socklab", "compiled"})
}

const lineCount = 10_000_000

// BenchmarkLines receives 10 million short lines. bufio-scanner takes each
// line as a string as RecvLine does; bufio-scanner-bytes leaves it in the
// scanner's buffer, allocating nothing.
func BenchmarkLines(b *testing.B) {
	t := setup(b)
	vs := t.variants("testdata/lines.go",
		variant{"socklab-no-hint", []string{t.socklab, "run", "--no-stall-hint", "testdata/lines.go", "--"}},
		variant{"bufio-scanner", []string{"testdata/lines_scanner.go"}},
		variant{"bufio-scanner-bytes", []string{"testdata/lines_scanner_bytes.go"}},
		variant{"python3-seed", []string{"testdata/lines_seed.py"}},
		variant{"python3-makefile", []string{"testdata/lines_makefile.py"}})
	const perBlock = 100_000
	var block []byte
	for i := range perBlock {
		block = append(block, "line "...)
		block = strconv.AppendInt(block, int64(i%10000), 10)
		block = append(block, '\n')
	}
	send := func(c net.Conn) {
		for range lineCount / perBlock {
			if _, err := c.Write(block); err != nil {
				return
			}
		}
	}
	res := newResults()
	for r := range rounds() {
		for _, v := range inTurn(vs, r) {
			d := stream(b, v, send, strconv.Itoa(lineCount))
			res.add(v.name, lineCount/d.Seconds()/1e6)
		}
	}
	res.report(b, "Mlines/s",
		[2]string{"socklab", "python3-makefile"}, [2]string{"socklab", "python3-seed"},
		[2]string{"compiled", "bufio-scanner"}, [2]string{"compiled", "bufio-scanner-bytes"},
		[2]string{"socklab", "compiled"}, [2]string{"socklab", "socklab-no-hint"})
}

// stream runs v against a server that sends with send, and returns the
// time from the accept to the end of the stream.
func stream(b *testing.B, v variant, send func(net.Conn), want string) time.Duration {
	b.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	cmd, out := start(b, v.argv, ln.Addr().String())
	ln.(*net.TCPListener).SetDeadline(time.Now().Add(time.Minute))
	c, err := ln.Accept()
	if err != nil {
		cmd.Process.Kill()
		b.Fatalf("%s did not connect: %v", v.name, err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(2 * time.Minute))
	t0 := time.Now()
	send(c)
	c.(*net.TCPConn).CloseWrite()
	io.Copy(io.Discard, c) // until the program closes its end
	d := time.Since(t0)
	finish(b, v.name, cmd, out, want)
	return d
}
