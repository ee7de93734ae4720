package recorder_test

import (
	"io"
	"net"
	"strconv"
	"testing"

	"github.com/socklab/socklab/runner/wire"
	"github.com/socklab/socklab/runner/wire/recorder"
)

// BenchmarkSend sends messages over loopback through the system's own
// connection (what a script gets with no --trace: the gate sets no tap)
// and through a recorded one, side by side.
//
//	go test ./runner/wire/recorder -run '^$' -bench Send
func BenchmarkSend(b *testing.B) {
	for _, size := range []int{16, 4096} {
		for _, recorded := range []bool{false, true} {
			name := "plain"
			if recorded {
				name = "recorded"
			}
			b.Run(name+"/"+byteSize(size), func(b *testing.B) {
				ln, err := net.Listen("tcp", "127.0.0.1:0")
				if err != nil {
					b.Fatal(err)
				}
				defer ln.Close()
				go func() {
					c, err := ln.Accept()
					if err == nil {
						io.Copy(io.Discard, c)
						c.Close()
					}
				}()
				c, err := net.Dial("tcp", ln.Addr().String())
				if err != nil {
					b.Fatal(err)
				}
				if recorded {
					w, err := wire.Create(b.TempDir(), 1)
					if err != nil {
						b.Fatal(err)
					}
					defer w.Close()
					c = recorder.New(w, "bench.go", "", func(a net.Addr) string { return a.String() }).Wrap(c, false)
				}
				defer c.Close()
				msg := make([]byte, size)
				b.SetBytes(int64(size))
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if _, err := c.Write(msg); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func byteSize(n int) string {
	if n >= 1024 {
		return strconv.Itoa(n/1024) + "KiB"
	}
	return strconv.Itoa(n) + "B"
}
