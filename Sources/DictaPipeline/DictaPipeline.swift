public enum DictaPipelineModule {}
