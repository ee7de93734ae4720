package pcap

import (
	"encoding/binary"
	"net/netip"
)

// TCP's flags, as its header holds them.
const (
	flagFIN = 0x01
	flagSYN = 0x02
	flagRST = 0x04
	flagPSH = 0x08
	flagACK = 0x10
)

const (
	protoTCP  = 6
	tcpLen    = 20 // a TCP header without options
	ipv4Len   = 20 // an IPv4 header without options
	ipv6Len   = 40
	hopLimit  = 64
	window    = 65535
	dontFrag  = 0x4000
	ipVersion = 4
)

var be = binary.BigEndian

// segment is one TCP segment between two ends.
type segment struct {
	src, dst netip.AddrPort
	seq, ack uint32
	flags    byte
	payload  []byte
}

// appendPacket appends the segment as an IP packet: IPv4 when both ends
// are IPv4 addresses, else IPv6, with a TCP header of no options and the
// checksums of both filled in, as a capture shows a packet on the wire.
func appendPacket(b []byte, s segment) []byte {
	src, dst := s.src.Addr(), s.dst.Addr()
	tcpTotal := tcpLen + len(s.payload)
	var pseudo uint32 // the checksum's sum over the pseudo-header
	if src.Is4() && dst.Is4() {
		start := len(b)
		b = append(b, ipVersion<<4|ipv4Len/4, 0)
		b = be.AppendUint16(b, uint16(ipv4Len+tcpTotal))
		b = be.AppendUint16(b, 0) // identification
		b = be.AppendUint16(b, dontFrag)
		b = append(b, hopLimit, protoTCP, 0, 0) // checksum below
		s4, d4 := src.As4(), dst.As4()
		b = append(append(b, s4[:]...), d4[:]...)
		be.PutUint16(b[start+10:], fold(sum(0, b[start:])))
		pseudo = sum(sum(0, s4[:]), d4[:]) + protoTCP + uint32(tcpTotal)
	} else {
		b = be.AppendUint32(b, 6<<28) // version 6, no traffic class or flow label
		b = be.AppendUint16(b, uint16(tcpTotal))
		b = append(b, protoTCP, hopLimit)
		s16, d16 := src.As16(), dst.As16()
		b = append(append(b, s16[:]...), d16[:]...)
		pseudo = sum(sum(0, s16[:]), d16[:]) + protoTCP + uint32(tcpTotal)
	}
	start := len(b)
	b = be.AppendUint16(b, s.src.Port())
	b = be.AppendUint16(b, s.dst.Port())
	b = be.AppendUint32(b, s.seq)
	b = be.AppendUint32(b, s.ack)
	b = append(b, tcpLen/4<<4, s.flags)
	b = be.AppendUint16(b, window)
	b = append(b, 0, 0, 0, 0) // checksum below, urgent pointer
	b = append(b, s.payload...)
	be.PutUint16(b[start+16:], fold(sum(pseudo, b[start:])))
	return b
}

// sum adds data to the running one's-complement sum of 16-bit words s,
// padding an odd last byte with a zero.
func sum(s uint32, data []byte) uint32 {
	for len(data) >= 2 {
		s += uint32(be.Uint16(data))
		data = data[2:]
	}
	if len(data) == 1 {
		s += uint32(data[0]) << 8
	}
	return s
}

// fold folds the carries of s into 16 bits and complements it: the
// Internet checksum (RFC 1071).
func fold(s uint32) uint16 {
	for s > 0xffff {
		s = s>>16 + s&0xffff
	}
	return ^uint16(s)
}
