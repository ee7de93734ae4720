package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("nilassert", "assert-nil-interface"),
	)
}
