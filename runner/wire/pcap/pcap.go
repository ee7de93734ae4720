// Package pcap writes a wire.Trace as a pcapng capture that Wireshark and
// tshark open: for each connection, IPv4 or IPv6 packets carrying TCP with a
// handshake, one segment per send (larger sends split at 64000 bytes),
// sequence and acknowledgement numbers that add up, and the FIN or RST that
// ended each direction. Nothing is captured from the network: the packets
// are synthesised from what the script processes recorded, which needs no
// privilege and shows only the lesson's own connections.
package pcap

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"
	"time"

	"github.com/socklab/socklab/runner/wire"
)

// maxSegment bounds the payload of one packet, below IP's 64 KiB.
const maxSegment = 64000

// WriteFile writes t to the file path and returns the number of packets.
func WriteFile(path string, t *wire.Trace) (n int, err error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, fmt.Errorf("writing the capture: %w", err)
	}
	defer func() { err = errors.Join(err, f.Close()) }()
	bw := bufio.NewWriter(f)
	n, err = Write(bw, t)
	if err != nil {
		return n, fmt.Errorf("writing the capture %s: %w", path, err)
	}
	return n, bw.Flush()
}

// Write writes t as pcapng to w and returns the number of packets.
func Write(w io.Writer, t *wire.Trace) (int, error) {
	ng, err := newNgWriter(w, "socklab", "the connections of socklab's scripts")
	if err != nil {
		return 0, err
	}
	s := &synth{w: ng, flows: map[*wire.Conn]*flow{}}
	for _, step := range t.Steps {
		if err := s.step(step); err != nil {
			return s.n, err
		}
	}
	return s.n, nil
}

// A flow is the state of one connection's synthesised TCP.
type flow struct {
	client, server *side
}

// A side is one end's address, its next sequence number, and whether it
// has sent its FIN.
type side struct {
	addr netip.AddrPort
	seq  uint32
	fin  bool
}

type synth struct {
	w     *ngWriter
	flows map[*wire.Conn]*flow
	n     int
	buf   []byte // the packet being written
}

func (s *synth) step(st wire.Step) error {
	end, peer := st.End, st.End.Peer()
	f := s.flows[end.Conn]
	at := time.Unix(0, st.Time)
	if f == nil {
		if st.Kind != wire.Open {
			return nil
		}
		c, srv := end, peer
		if end.Accepted {
			c, srv = peer, end
		}
		ca, err1 := netip.ParseAddrPort(c.Local)
		sa, err2 := netip.ParseAddrPort(srv.Local)
		if err1 != nil || err2 != nil {
			return nil // not an IP connection: nothing to show
		}
		n := uint32(end.Conn.N)
		f = &flow{client: &side{addr: ca, seq: n<<24 | 1}, server: &side{addr: sa, seq: n<<24 | 0x800001}}
		s.flows[end.Conn] = f
		// The handshake: SYN, SYN-ACK, ACK.
		if err := s.packet(at, f.client, f.server, tcpFlags{syn: true}, nil); err != nil {
			return err
		}
		f.client.seq++
		if err := s.packet(at, f.server, f.client, tcpFlags{syn: true, ack: true}, nil); err != nil {
			return err
		}
		f.server.seq++
		return s.packet(at, f.client, f.server, tcpFlags{ack: true}, nil)
	}
	me, other := f.client, f.server
	if end.Accepted {
		me, other = f.server, f.client
	}
	switch st.Kind {
	case wire.Send:
		return s.data(at, me, other, st.Data)
	case wire.Recv:
		if !peer.Program.Traced { // all we know of the untraced peer's send
			return s.data(at, other, me, st.Data)
		}
	case wire.EOF:
		if !peer.Program.Traced && !other.fin {
			return s.fin(at, other, me)
		}
	case wire.Close, wire.CloseWrite:
		if !me.fin {
			return s.fin(at, me, other)
		}
	case wire.Reset:
		me.fin = true
		return s.packet(at, me, other, tcpFlags{rst: true, ack: true}, nil)
	}
	return nil
}

func (s *synth) data(at time.Time, from, to *side, b []byte) error {
	for len(b) > 0 {
		n := min(len(b), maxSegment)
		if err := s.packet(at, from, to, tcpFlags{psh: true, ack: true}, b[:n]); err != nil {
			return err
		}
		from.seq += uint32(n)
		b = b[n:]
	}
	return nil
}

func (s *synth) fin(at time.Time, from, to *side) error {
	from.fin = true
	err := s.packet(at, from, to, tcpFlags{fin: true, ack: true}, nil)
	from.seq++
	return err
}

type tcpFlags struct{ syn, ack, psh, fin, rst bool }

// packet writes one IP packet from one side to the other.
func (s *synth) packet(at time.Time, from, to *side, fl tcpFlags, payload []byte) error {
	seg := segment{src: from.addr, dst: to.addr, seq: from.seq, payload: payload}
	for _, f := range []struct {
		on  bool
		bit byte
	}{{fl.syn, flagSYN}, {fl.ack, flagACK}, {fl.psh, flagPSH}, {fl.fin, flagFIN}, {fl.rst, flagRST}} {
		if f.on {
			seg.flags |= f.bit
		}
	}
	if fl.ack {
		seg.ack = to.seq
	}
	s.buf = appendPacket(s.buf[:0], seg)
	s.n++
	return s.w.writePacket(at, s.buf)
}
