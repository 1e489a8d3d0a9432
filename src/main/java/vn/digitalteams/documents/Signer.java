package vn.digitalteams.documents;

public enum Signer { CHAIRMAN, VICE_CHAIRMAN }
