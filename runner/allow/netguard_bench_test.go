package allow_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkNetGuard measures what the kernel's network guard costs a
// script: a loopback connect and an addressed UDP send, each handed to the
// supervisor, against the same under --allow-net, which loads no guard.
// The script times its own calls, so the process's start is not counted.
func BenchmarkNetGuard(b *testing.B) {
	calls := map[string]string{
		"dial":   `c, err := net.Dial("tcp", ln.Addr().String()); if err != nil { panic(err) }; c.Close()`,
		"sendto": `if _, err := pc.WriteTo([]byte("x"), to.LocalAddr()); err != nil { panic(err) }`,
	}
	for _, what := range []string{"dial", "sendto"} {
		for _, how := range []struct{ name, flag string }{{"guard", ""}, {"no-guard", "--allow-net"}} {
			b.Run(what+"/"+how.name, func(b *testing.B) {
				dir := b.TempDir()
				src := fmt.Sprintf(`package main

import (
	"fmt"
	"net"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	pc, _ := net.ListenPacket("udp", "127.0.0.1:0")
	to, _ := net.ListenPacket("udp", "127.0.0.1:0")
	go func() {
		b := make([]byte, 16)
		for {
			if _, _, err := to.ReadFrom(b); err != nil {
				return
			}
		}
	}()
	_, _ = pc, to
	start := time.Now()
	for i := 0; i < %d; i++ {
		%s
	}
	fmt.Println(time.Since(start).Nanoseconds())
}
`, b.N, calls[what])
				if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
					b.Fatal(err)
				}
				var flags []string
				if how.flag != "" {
					flags = append(flags, how.flag)
				}
				out := run(b, dir, flags...)
				ns, err := strconv.ParseFloat(strings.TrimSpace(out), 64)
				if err != nil {
					b.Fatalf("the script said %q", out)
				}
				b.ReportMetric(ns/float64(b.N), "ns/op")
			})
		}
	}
}
