package pcap_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"
	"github.com/socklab/socklab/runner/wire/internal/wiretest"
	"github.com/socklab/socklab/runner/wire/pcap"
)

var msgs = []string{"Hello from server\n", "bye\x00", "odd"} // an odd length too, which the checksum pads

// TestCaptureReadsBack writes a recorded exchange as pcapng and reads it
// back with pcapgo: a handshake, one segment per send carrying its bytes,
// sequence numbers that follow the bytes, and a FIN from each side.
func TestCaptureReadsBack(t *testing.T) {
	for _, addr := range []string{"127.0.0.1:0", "[::1]:0"} {
		t.Run(addr, func(t *testing.T) { readBack(t, addr) })
	}
}

func readBack(t *testing.T, addr string) {
	tr := wiretest.ExchangeOn(t, addr, msgs)
	var buf bytes.Buffer
	n, err := pcap.Write(&buf, tr)
	if err != nil {
		t.Fatal(err)
	}
	r, err := pcapgo.NewNgReader(&buf, pcapgo.DefaultNgReaderOptions)
	if err != nil {
		t.Fatal(err)
	}
	var flags []string
	var payloads []string
	seq := map[layers.TCPPort]uint32{}
	for i := 0; i < n; i++ {
		data, _, err := r.ReadPacketData()
		if err != nil {
			t.Fatalf("packet %d: %v", i+1, err)
		}
		p := gopacket.NewPacket(data, layers.LinkTypeRaw, gopacket.Default)
		if ip4 := p.Layer(layers.LayerTypeIPv4); (ip4 != nil) != (addr[0] != '[') {
			t.Fatalf("packet %d: IPv4 is %v for %s", i+1, ip4 != nil, addr)
		}
		tcp, _ := p.Layer(layers.LayerTypeTCP).(*layers.TCP)
		if tcp == nil {
			t.Fatalf("packet %d has no TCP: %v", i+1, p)
		}
		if want, ok := seq[tcp.SrcPort]; ok && tcp.Seq != want {
			t.Errorf("packet %d: seq %d, want %d", i+1, tcp.Seq, want)
		}
		next := tcp.Seq + uint32(len(tcp.Payload))
		if tcp.SYN || tcp.FIN {
			next++
		}
		seq[tcp.SrcPort] = next
		f := ""
		for _, on := range []struct {
			set  bool
			name string
		}{{tcp.SYN, "S"}, {tcp.FIN, "F"}, {tcp.RST, "R"}, {tcp.PSH, "P"}, {tcp.ACK, "A"}} {
			if on.set {
				f += on.name
			}
		}
		flags = append(flags, f)
		if len(tcp.Payload) > 0 {
			payloads = append(payloads, string(tcp.Payload))
		}
	}
	if _, _, err := r.ReadPacketData(); err == nil {
		t.Errorf("more than the %d packets Write counted", n)
	}
	if got := strings.Join(flags, " "); !strings.HasPrefix(got, "S SA A PA PA ") || strings.Count(got, "F") != 2 {
		t.Errorf("flags %s: want a handshake, the two sends, a FIN each way", got)
	}
	if strings.Join(payloads, "|") != strings.Join(msgs, "|") {
		t.Errorf("payloads %q, want %q", payloads, msgs)
	}
}

// TestTsharkReadsTheCapture checks the capture with Wireshark's own reader,
// where it is installed.
func TestTsharkReadsTheCapture(t *testing.T) {
	tshark, err := exec.LookPath("tshark")
	if err != nil {
		t.Skip("tshark is not installed (apt-get install tshark)")
	}
	for _, addr := range []string{"127.0.0.1:0", "[::1]:0"} {
		t.Run(addr, func(t *testing.T) { tsharkReads(t, tshark, addr) })
	}
}

func tsharkReads(t *testing.T, tshark, addr string) {
	path := filepath.Join(t.TempDir(), "cap.pcapng")
	if _, err := pcap.WriteFile(path, wiretest.ExchangeOn(t, addr, msgs)); err != nil {
		t.Fatal(err)
	}
	// With the checksums checked, which tshark leaves off by default: a
	// wrong one is an expert message "Bad checksum".
	cmd := exec.Command(tshark, "-r", path, "-o", "ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE",
		"-T", "fields", "-e", "tcp.flags.str", "-e", "tcp.payload", "-e", "_ws.expert.message")
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("tshark: %v\n%s", err, out)
	}
	text := string(out)
	for _, want := range []string{"48656c6c6f2066726f6d207365727665720a", "62796500", "SYN", "FIN"} {
		if !strings.Contains(text, want) {
			t.Errorf("tshark's reading lacks %s:\n%s", want, text)
		}
	}
	for _, bad := range []string{"malformed", "Malformed", "unseen segment", "Previous segment not captured", "checksum"} {
		if strings.Contains(text, bad) {
			t.Errorf("tshark finds %q:\n%s", bad, text)
		}
	}
}
