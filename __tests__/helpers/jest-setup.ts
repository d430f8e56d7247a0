// Runs before every test file: keep the AWS SDK's Node.js support notice out of the test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
