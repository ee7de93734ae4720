package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("chanrange", "chan-range"),
		fromCorpus("chanrange_field", "lab-broker-subs"),
	)
}
